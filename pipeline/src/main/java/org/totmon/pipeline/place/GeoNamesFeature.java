package org.totmon.pipeline.place;

import java.util.ArrayList;
import java.util.List;

/** One GeoNames feature: the fields used here, names split by script. */
record GeoNamesFeature(long id, String name, String ascii, String fclass, String fcode, String country,
                String admin1, String admin2, double lat, double lon, long population,
                List<String> cyrillic, List<String> latin) {
    /** Every Latin-script name: the alternate names, then GeoNames' name and its ASCII form. */
    List<String> allLatin() {
        List<String> out = new ArrayList<>(latin);
        out.add(name);
        out.add(ascii);
        return out;
    }
}
