package org.totmon.pipeline.place;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;
import org.totmon.model.PlaceKind;

/**
 * Writes the compact gazetteer resource from the GeoNames extracts in {@code ../shared/data/geonames-ua}
 * (see its SOURCE.md) and the curated {@code extra-places.tsv} beside this class.
 *
 * <p>Kept: Ukraine's oblasts and Crimea (ADM1), raions (ADM2), every city, town and admin seat, villages of
 * the occupied and front-line oblasts whose names are safe to match, the Russian, Belarusian and Moldovan
 * cities of the neighbour file (smaller ones only near the border), and Russia's regions. A Latin or Cyrillic
 * alternate name is kept only when its consonants agree with the place's own name, which drops GeoNames'
 * historical and nickname entries ("Stalino", "Олександрівка" for Donetsk) and foreign-language exonyms.
 *
 * <p>Output: gzip'd UTF-8 TSV, {@code #} comment lines (attribution first), then {@link Gazetteer#HEADER}
 * and one row per place; {@code names} is a {@code |}-list, a name may start with {@code !} (match exactly
 * as written) or {@code ~} (also in lower case). Rows are sorted by id, so a rebuild is byte-identical.
 */
public final class GazetteerBuilder {
    static final String EXTRAS = "extra-places.tsv";
    static final String ATTRIBUTION = "GeoNames (www.geonames.org), CC BY 4.0";

    /** Occupied and front-line oblasts, whose villages are named in the reports. */
    private static final Set<String> FRONT = Set.of("05", "14", "26", "08", "11", "20", "07", "16", "21", "04", "02", "13");
    /** Russian regions on Ukraine's border, whose small towns are named in the reports. */
    private static final Set<String> RU_BORDER = Set.of("09", "10", "41", "61", "86", "38");
    /** The same regions as admin1 keys of {@link Gazetteer.Entry} ("RU.09"). */
    static final Set<String> RU_BORDER_ADMIN1 = RU_BORDER.stream().map(code -> "RU." + code).collect(java.util.stream.Collectors.toUnmodifiableSet());
    private static final Set<String> ADMIN_SEATS = Set.of("PPLC", "PPLA", "PPLA2", "PPLA3");
    private static final long TOWN = 2_000, CITY = 50_000, NEIGHBOUR_TOWN = 15_000;

    /** Words that name villages but far more often mean something else: given names, common nouns, slogans. */
    private static final Set<String> UNSAFE = Set.of(
            "mir", "myr", "pravda", "sloboda", "svoboda", "zorya", "zoria", "zarya", "zirka", "druzhba", "pobeda",
            "peremoha", "nadezhda", "nadiya", "nadia", "slava", "rodina", "maiak", "mayak", "promin", "prohres",
            "progress", "victory", "lenin", "lenina", "kirov", "kirova", "chapaev", "frunze", "kalinin",
            "shevchenko", "gagarin", "zhukov", "oktyabr", "zhovten", "komsomol", "pioner", "aerodrom", "vokzal",
            "partyzany", "spas", "shabo", "hai", "yar", "rai", "bar", "rohan", "verba", "vary", "terny", "plavni",
            "ukrainka", "ukraina", "rossiya", "shevchenka", "franka", "шевченка", "франка", "nikita", "никита", "igra", "игра", "ostrov", "остров",
            "engels", "энгельс", "marks", "маркс", "pushkin", "пушкин", "kashin", "кашин", "union", "peace", "hope", "glory", "star", "dawn", "friendship",
            "stepan", "stanislav", "ivan", "mykola", "oleksandr", "volodymyr", "petro", "pavlo", "andrii", "mariia",
            "maria", "olha", "olga", "anna", "sofia", "sofiia", "vira", "vera", "liubov", "yurii", "serhii",
            "dmytro", "maksym", "viktor", "vasyl", "mykhailo", "bohdan", "taras", "roman", "oleh", "yevhen",
            "kateryna", "olena", "tetiana", "iryna", "natalia", "halyna", "yelena", "elena", "tatiana", "irina",
            "natalya", "galina", "mariya", "marina", "maryna", "valentina", "nina", "lyudmila", "liudmyla",
            "мир", "правда", "слобода", "свобода", "зоря", "заря", "зірка", "звезда", "дружба", "победа",
            "перемога", "надежда", "надія", "слава", "родина", "маяк", "промінь", "прогрес", "ленін", "ленин",
            "леніна", "ленина", "кіров", "киров", "чапаєв", "фрунзе", "калінін", "шевченко", "гагарін", "гагарин",
            "жуков", "жовтень", "октябрь", "комсомол", "піонер", "пионер", "аеродром", "аэродром", "вокзал",
            "партизани", "партизаны", "спас", "гай", "яр", "рай", "бар", "верба", "плавні", "плавни", "українка",
            "украинка", "україна", "украина", "росія", "россия", "степан", "станіслав", "станислав", "іван",
            "иван", "микола", "николай", "олександр", "александр", "володимир", "владимир", "петро", "павло",
            "андрій", "андрей", "марія", "мария", "ольга", "анна", "софія", "софия", "віра", "вера", "любов",
            "любовь", "юрій", "юрий", "сергій", "сергей", "дмитро", "дмитрий", "максим", "віктор", "виктор",
            "василь", "михайло", "михаил", "богдан", "тарас", "роман", "олег", "євген", "катерина", "олена",
            "елена", "тетяна", "татьяна", "ірина", "ирина", "галина", "марина", "валентина", "ніна", "нина");

    /** Stems of common adjectives that name villages ("Південне", "Широке", "Советское"): in Cyrillic text
     * they start sentences and organisation names; the Latin spelling of such a village stays. */
    private static final Set<String> COMMON_ADJECTIVE_STEMS = Set.of(
            "південн", "північн", "східн", "західн", "центральн", "нов", "стар", "зелен", "весел", "вільн", "мирн",
            "красн", "сонячн", "радянськ", "ленінськ", "комсомольськ", "жовтнев", "першотравнев", "широк", "світл",
            "степов", "польов", "садов", "лісн", "шкільн", "приморськ", "привітн", "затишн", "роздольн", "добр",
            "висок", "глибок", "річн", "озерн", "гірськ", "морськ", "южн", "восточн", "западн", "северн",
            "солнечн", "советск", "ленинск", "комсомольск", "октябрьск", "первомайск", "первомайськ", "светл",
            "степн", "полев", "лесн", "школьн", "приморск", "приветн", "уютн", "раздольн", "речн", "победн",
            "дружн", "вольн", "горск", "горн", "морск", "высок", "глубок", "чист",
            "головн", "державн", "національн", "народн", "обласн", "міськ", "районн", "громадськ", "військов",
            "цивільн", "політичн", "перш", "друг", "трет", "велик", "мал", "главн", "государственн",
            "национальн", "областн", "городск", "военн", "гражданск", "политическ", "перв", "втор", "больш");

    private static final String[] VILLAGE_SUFFIXES = {"vka", "nka", "lka", "tka", "dka", "rka", "hka", "ska", "zka",
            "oye", "ove", "eve", "ive", "yne", "ine", "ne", "ke", "ovo", "evo", "ino", "yno", "ky", "ki", "tsi",
            "chi", "pil", "pol", "hrad", "horod", "grad", "gorod", "any"};

    private static final java.util.regex.Pattern UKRAINIAN_LETTERS = java.util.regex.Pattern.compile("[іїєґ]");
    private static final java.util.regex.Pattern RUSSIAN_LETTERS = java.util.regex.Pattern.compile("[ыэъё]");
    private static final String[] LATIN_REGION_WORDS = {"Oblast", "oblast", "region", "Region", "province", "Province"};

    private GazetteerBuilder() {}

    /** Writes the gazetteer; {@code totmon build-gazetteer} calls this. */
    public static void build(Path geonamesDir, Path outFile) throws IOException {
        new Run().build(geonamesDir, outFile);
    }

    /** A place on its way into the resource. */
    private static final class Row {
        String id;
        Long geonamesId;
        String name;
        PlaceKind kind;
        double lat, lon;
        String country, admin1 = "", admin2 = "", code = "";
        long population;
        String namesake = "";
        final LinkedHashMap<String, String> names = new LinkedHashMap<>(); // key+flag -> name with flag

        void addName(String name) {
            String n = name.strip();
            if (n.isEmpty() || n.indexOf('|') >= 0 || n.indexOf('\t') >= 0) return;
            char flag = n.charAt(0) == Gazetteer.EXACT_CASE || n.charAt(0) == Gazetteer.ANY_CASE ? n.charAt(0) : ' ';
            String key = PlaceText.nameKey(flag == ' ' ? n : n.substring(1));
            if (key.isEmpty()) return;
            names.putIfAbsent(flag == Gazetteer.EXACT_CASE ? n : key + flag, n);
        }

        void removeName(String name) {
            String key = PlaceText.nameKey(name);
            names.values().removeIf(v -> PlaceText.nameKey(withoutFlag(v)).equals(key));
        }
    }

    /** One GeoNames feature: the fields used here, names split by script. */
    private record Feature(long id, String name, String ascii, String fclass, String fcode, String country,
                           String admin1, String admin2, double lat, double lon, long population,
                           List<String> cyrillic, List<String> latin) {}

    private static final class Run {
        final Map<String, Row> rows = new TreeMap<>();
        /** Stems of towns, regions and countries: adjectives from them ("Київського", "Черкаське") are everyday
         * words in Cyrillic text, so a small village with such a name is matched by its Latin spelling only. */
        final Set<String> adjectiveSources = new java.util.HashSet<>();
        /** Canonical names by GeoNames id: each is asked for several times while a place is judged. */
        final Map<Long, String> canonicals = new HashMap<>();

        String canonical(Feature f) {
            return canonicals.computeIfAbsent(f.id(), id -> canonicalOf(f));
        }

        void build(Path dir, Path out) throws IOException {
            List<Feature> ua = readUkraine(dir.resolve("ua-places-latin-cyrillic.tsv"));
            List<Feature> neighbours = readGeonames(dir.resolve("neighbours-RU-BY-MD-cities500.txt"));
            Map<String, String[]> admin1 = readAdmin1(dir.resolve("admin1CodesASCII.UA-RU-BY-MD.txt"));
            List<String[]> extras = readExtras();
            Map<Long, String[]> extraById = new HashMap<>();
            for (String[] x : extras) if (!x[0].isEmpty()) extraById.put(Long.parseLong(x[0]), x);

            for (Feature f : concat(ua, neighbours)) {
                boolean source = f.fclass().equals("P") && f.population() >= 20_000 || f.fcode().equals("ADM1");
                if (source) for (String n : f.cyrillic()) addAdjectiveSource(n);
            }
            for (String[] x : extras) for (String n : split(x[7], "\\|")) addAdjectiveSource(withoutFlag(n));
            for (Feature f : ua) {
                if (f.fclass().equals("P") && keepUkrainianSettlement(f)) addSettlement(f);
                else if (f.fcode().equals("ADM2")) addRaion(f);
                else if (f.fcode().equals("ADM1") && !f.admin1().equals("12") && !f.admin1().equals("20")) addOblast(f, extraById);
                else if (extraById.containsKey(f.id())) addOther(f);
            }
            for (Feature f : neighbours) if (keepNeighbour(f)) addSettlement(f);
            addRussianRegions(admin1, neighbours, extraById);
            nameRaions();
            applyExtras(extras);
            linkNamesakes();
            write(out);
        }

        void addAdjectiveSource(String name) {
            if (name.isEmpty() || !PlaceText.isCyrillic(name)) return;
            String first = PlaceText.nameKey(name).split(" ")[0];
            String stem = first.replaceAll("[аяеєиіїоуюьй]+$", "");
            if (stem.length() >= 4) adjectiveSources.add(stem);
        }

        /** A one-word adjective name ("Київське") made from a bigger place's name. */
        boolean isDerivedAdjective(String name) {
            String key = PlaceText.nameKey(name);
            if (key.indexOf(' ') >= 0) return false;
            for (Inflection.Stem s : Inflection.stems(key, true, false)) {
                int cls = s.cls() & ~Inflection.ALTERNATE;
                if (cls != Inflection.ADJ_N && cls != Inflection.ADJ_M && cls != Inflection.ADJ_F) continue;
                for (int end = 4; end <= s.stem().length(); end++) if (adjectiveSources.contains(s.stem().substring(0, end))) return true;
            }
            return false;
        }

        // ---- reading --------------------------------------------------------------------------------------

        List<Feature> readUkraine(Path file) throws IOException {
            List<Feature> out = new ArrayList<>();
            try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                String header = r.readLine();
                if (header == null || !header.startsWith("geonameid\tname\tasciiname\tfeature_class")) {
                    throw new IOException(file + ":1: unexpected header");
                }
                String line;
                int n = 1;
                while ((line = r.readLine()) != null) {
                    n++;
                    String[] f = line.split("\t", -1);
                    if (f.length != 19) throw new IOException(file + ":" + n + ": expected 19 fields, found " + f.length);
                    try {
                        out.add(new Feature(Long.parseLong(f[0]), f[1], f[2], f[3], f[4], f[5], f[6], f[8],
                                Double.parseDouble(f[12]), Double.parseDouble(f[13]), parseLong(f[14]),
                                split(f[17], "\\|"), split(f[18], "\\|")));
                    } catch (NumberFormatException e) {
                        throw new IOException(file + ":" + n + ": bad number: " + e.getMessage(), e);
                    }
                }
            }
            return out;
        }

        List<Feature> readGeonames(Path file) throws IOException {
            List<Feature> out = new ArrayList<>();
            try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                String line;
                int n = 0;
                while ((line = r.readLine()) != null) {
                    n++;
                    String[] f = line.split("\t", -1);
                    if (f.length != 19) throw new IOException(file + ":" + n + ": expected 19 fields, found " + f.length);
                    List<String> cyr = new ArrayList<>(), lat = new ArrayList<>();
                    for (String a : split(f[3], ",")) (PlaceText.isCyrillic(a) ? cyr : lat).add(a);
                    try {
                        out.add(new Feature(Long.parseLong(f[0]), f[1], f[2], f[6], f[7], f[8], f[10], f[11],
                                Double.parseDouble(f[4]), Double.parseDouble(f[5]), parseLong(f[14]), cyr, lat));
                    } catch (NumberFormatException e) {
                        throw new IOException(file + ":" + n + ": bad number: " + e.getMessage(), e);
                    }
                }
            }
            return out;
        }

        Map<String, String[]> readAdmin1(Path file) throws IOException {
            Map<String, String[]> out = new LinkedHashMap<>();
            int n = 0;
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                n++;
                String[] f = line.split("\t", -1);
                if (f.length != 4) throw new IOException(file + ":" + n + ": expected 4 fields, found " + f.length);
                out.put(f[0], f);
            }
            return out;
        }

        /** Rows of extra-places.tsv: geonames_id, name, kind, lat, lon, country, population, names. */
        List<String[]> readExtras() throws IOException {
            List<String[]> out = new ArrayList<>();
            InputStream in = GazetteerBuilder.class.getResourceAsStream(EXTRAS);
            if (in == null) throw new IOException(EXTRAS + " missing from the classpath");
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String line;
                int n = 0;
                boolean header = false;
                while ((line = r.readLine()) != null) {
                    n++;
                    if (line.isBlank() || line.startsWith("#")) continue;
                    String[] f = line.split("\t", -1);
                    if (!header) {
                        if (!line.equals("geonames_id\tname\tkind\tlat\tlon\tcountry\tpopulation\tnames")) {
                            throw new IOException(EXTRAS + ":" + n + ": bad header");
                        }
                        header = true;
                        continue;
                    }
                    if (f.length != 8) throw new IOException(EXTRAS + ":" + n + ": expected 8 fields, found " + f.length);
                    try {
                        if (!f[0].isEmpty()) Long.parseLong(f[0]);
                        if (!f[3].isEmpty()) Double.parseDouble(f[3]);
                        if (!f[4].isEmpty()) Double.parseDouble(f[4]);
                        if (!f[6].isEmpty()) Long.parseLong(f[6]);
                        if (!f[2].isEmpty() && !f[2].equals("-")) PlaceKind.of(f[2]);
                    } catch (IllegalArgumentException e) {
                        throw new IOException(EXTRAS + ":" + n + ": bad field: " + e.getMessage(), e);
                    }
                    if (f[0].isEmpty() && (f[1].isEmpty() || f[2].isEmpty() || f[3].isEmpty() || f[4].isEmpty())) {
                        throw new IOException(EXTRAS + ":" + n + ": a place without geonames_id needs name, kind, lat and lon");
                    }
                    out.add(f);
                }
            }
            return out;
        }

        // ---- selection ------------------------------------------------------------------------------------

        boolean keepUkrainianSettlement(Feature f) {
            if (f.fcode().equals("PPLC") || f.fcode().equals("PPLA") || f.fcode().equals("PPLA2")) return true;
            if (!f.fcode().equals("PPL") && !f.fcode().equals("PPLA3")) return false;
            if (f.population() >= TOWN) return !isUnsafe(f);
            return FRONT.contains(f.admin1()) && isSafeVillage(f);
        }

        boolean keepNeighbour(Feature f) {
            if (!f.fclass().equals("P")) return false;
            if (f.fcode().equals("PPLC") || f.fcode().equals("PPLA")) return true;
            if (f.population() >= NEIGHBOUR_TOWN) return !isUnsafe(f);
            return f.country().equals("RU") && RU_BORDER.contains(f.admin1()) && f.population() >= TOWN && !isUnsafe(f);
        }

        boolean isUnsafe(Feature f) {
            String key = PlaceText.nameKey(canonical(f));
            return UNSAFE.contains(key) || (key.indexOf(' ') < 0 && key.length() < 4) || isNamedAfterPerson(key);
        }

        boolean isSafeVillage(Feature f) {
            if (isUnsafe(f)) return false;
            String key = PlaceText.nameKey(canonical(f));
            String last = key.substring(key.lastIndexOf(' ') + 1);
            if (key.indexOf(' ') < 0 && key.length() < 6) return false;
            for (String s : VILLAGE_SUFFIXES) if (last.endsWith(s)) return true;
            return false;
        }

        // ---- rows -----------------------------------------------------------------------------------------

        Row newRow(Feature f, PlaceKind kind, String canonical) {
            Row r = new Row();
            r.id = Long.toString(f.id());
            r.geonamesId = f.id();
            r.name = canonical;
            r.kind = kind;
            r.lat = f.lat();
            r.lon = f.lon();
            r.country = f.country();
            r.admin1 = f.country() + "." + f.admin1();
            r.admin2 = f.admin2();
            r.code = f.fcode();
            r.population = f.population();
            rows.put(r.id, r);
            return r;
        }

        void addSettlement(Feature f) {
            String canonical = canonical(f);
            Row r = newRow(f, PlaceKind.SETTLEMENT, canonical);
            boolean small = f.population() < CITY && !f.fcode().equals("PPLC") && !f.fcode().equals("PPLA");
            List<String> bases = List.of(PlaceText.skeleton(f.name()), PlaceText.skeleton(f.ascii()), PlaceText.skeleton(canonical));
            r.addName(canonical);
            for (String n : List.of(f.name(), f.ascii())) if (isLatinName(n)) r.addName(n);
            for (String n : f.latin()) {
                if (isLatinName(n) && similarToAny(n, bases) && !(small && UNSAFE.contains(PlaceText.nameKey(n)))) r.addName(n);
            }
            for (String n : f.cyrillic()) {
                if (isCyrillicName(n) && similarToAny(n, bases) && !(small && (unsafeCyrillic(n) || isDerivedAdjective(n)))) {
                    r.addName(n);
                    if (!f.country().equals("UA")) r.addName(ukrainianSuffix(n));
                }
            }
        }

        /** Ukrainian writes a Russian or Belarusian "-ск", "-цк" town as "-ськ", "-цьк": Брянск → Брянськ. */
        String ukrainianSuffix(String name) {
            boolean russianOnly = RUSSIAN_LETTERS.matcher(name.toLowerCase(Locale.ROOT)).find();
            return !russianOnly && (name.endsWith("ск") || name.endsWith("цк")) ? cut(name) + "ьк" : name;
        }

        void addOther(Feature f) {
            Row r = newRow(f, PlaceKind.OTHER, wikiStyle(f.name()));
            r.addName(f.name());
        }

        void addRaion(Feature f) {
            Row r = newRow(f, PlaceKind.OTHER, f.name());
            for (String n : concat(f.latin(), List.of(f.name(), f.ascii()))) {
                if (isLatinName(n) && containsWord(n, "raion", "rayon", "district")) r.addName(n);
            }
            for (String n : f.cyrillic()) if (isCyrillicName(n) && containsWord(n, "район")) r.addName(n);
        }

        void addOblast(Feature f, Map<Long, String[]> extraById) {
            String[] x = extraById.get(f.id());
            String canonical = x != null && !x[1].isEmpty() ? x[1] : f.name();
            Row r = newRow(f, PlaceKind.REGION, canonical);
            String base = stripRegionWord(canonical);
            String baseSkeleton = PlaceText.skeleton(base);
            r.addName(canonical);
            for (String n : f.latin()) {
                if (!isLatinName(n)) continue;
                if (containsWord(n, "oblast", "region", "province")) {
                    if (PlaceText.similarSkeletons(PlaceText.skeleton(stripRegionWord(n)), baseSkeleton)) r.addName(n);
                } else if (PlaceText.similarSkeletons(PlaceText.skeleton(n), baseSkeleton)) {
                    addRegionForms(r, n);
                    r.addName(n);
                }
            }
            for (String n : f.cyrillic()) {
                if (!isCyrillicName(n)) continue;
                String k = PlaceText.nameKey(n);
                if (k.endsWith(" область") || k.endsWith("щина") || k.endsWith("ччина") || k.endsWith("чина")) r.addName(n);
                // UN and other international reports write the oblast in Ukrainian romanized: "Khersonska oblast".
                if (k.endsWith(" область")) {
                    String latin = Translit.ukrainian(n);
                    r.addName(latin);
                    r.addName(latin.substring(0, latin.lastIndexOf(' ') + 1) + "Oblast");
                }
            }
            addRegionForms(r, base);
        }

        void addRussianRegions(Map<String, String[]> admin1, List<Feature> neighbours, Map<Long, String[]> extraById) {
            for (String[] a : admin1.values()) {
                if (!a[0].startsWith("RU.") || a[0].equals("RU.48") || a[0].equals("RU.66")) continue;
                String code = a[0].substring(3);
                double lat = 0, lon = 0;
                int n = 0;
                for (Feature f : neighbours) {
                    if (f.country().equals("RU") && f.admin1().equals(code)) { lat += f.lat(); lon += f.lon(); n++; }
                }
                if (n == 0) continue;
                long id = Long.parseLong(a[3]);
                String[] x = extraById.get(id);
                String canonical = x != null && !x[1].isEmpty() ? x[1] : a[2].replace("'", "");
                Row r = new Row();
                r.id = Long.toString(id);
                r.geonamesId = id;
                r.name = canonical;
                r.kind = PlaceKind.REGION;
                r.lat = Math.round(lat / n * 100) / 100.0;
                r.lon = Math.round(lon / n * 100) / 100.0;
                r.country = "RU";
                r.admin1 = a[0];
                r.code = "ADM1";
                rows.put(r.id, r);
                r.addName(canonical);
                if (!canonical.equals(stripRegionWord(canonical))) addRegionForms(r, stripRegionWord(canonical));
            }
        }

        /** Raions are named after their seat in English: "Melitopol Raion", also "Melitopol district". */
        void nameRaions() {
            Map<String, Row> seats = new HashMap<>();
            for (Row r : rows.values()) {
                if (r.country.equals("UA") && r.kind == PlaceKind.SETTLEMENT && Set.of("PPLC", "PPLA", "PPLA2").contains(r.code)) {
                    seats.merge(r.admin1 + "/" + r.admin2, r, (a, b) -> a.population >= b.population ? a : b);
                }
            }
            for (Row r : rows.values()) {
                if (!r.code.equals("ADM2")) continue;
                Row seat = seats.get(r.admin1 + "/" + r.admin2);
                String raionBase = PlaceText.skeleton(r.name.replaceAll("(?i)\\s*(raion|rayon)$", ""));
                if (seat != null && raionBase.startsWith(PlaceText.skeleton(seat.name).substring(0, Math.min(3, PlaceText.skeleton(seat.name).length())))) {
                    r.name = seat.name + " Raion";
                    for (String w : new String[] {"Raion", "raion", "district", "District"}) r.addName(seat.name + " " + w);
                }
            }
        }

        void applyExtras(List<String[]> extras) {
            for (String[] x : extras) {
                Row r = x[0].isEmpty() ? null : rows.get(x[0]);
                if (r != null && x[2].equals("-")) {
                    rows.remove(x[0]);
                    continue;
                }
                if (r == null) {
                    r = new Row();
                    r.id = x[0].isEmpty() ? "x:" + slug(x[1]) : x[0];
                    r.geonamesId = x[0].isEmpty() ? null : Long.valueOf(x[0]);
                    r.country = "";
                    rows.put(r.id, r);
                }
                if (!x[1].isEmpty()) {
                    r.name = x[1];
                    r.addName(x[1]);
                }
                if (!x[2].isEmpty()) r.kind = PlaceKind.of(x[2]);
                if (!x[3].isEmpty()) r.lat = Double.parseDouble(x[3]);
                if (!x[4].isEmpty()) r.lon = Double.parseDouble(x[4]);
                if (!x[5].isEmpty()) r.country = x[5];
                if (!x[6].isEmpty()) r.population = Long.parseLong(x[6]);
                for (String n : split(x[7], "\\|")) {
                    if (n.startsWith("-")) r.removeName(n.substring(1));
                    else r.addName(n);
                }
            }
        }

        /** A settlement named like a region (Kherson, Belgorod) points at it, so context can choose. */
        void linkNamesakes() {
            List<Row> capitals = new ArrayList<>();
            for (Row r : rows.values()) if (r.kind == PlaceKind.SETTLEMENT && (r.code.equals("PPLA") || r.code.equals("PPLC"))) capitals.add(r);
            for (Row region : rows.values()) {
                if (region.kind != PlaceKind.REGION || !region.code.equals("ADM1")) continue;
                String base = PlaceText.skeleton(stripRegionWord(region.name));
                Row best = null;
                for (Row c : capitals) {
                    boolean sameArea = c.admin1.equals(region.admin1) || c.code.equals("PPLC") && c.country.equals(region.country);
                    if (sameArea && PlaceText.similarSkeletons(PlaceText.skeleton(c.name), base)
                            && (best == null || c.population > best.population)) best = c;
                }
                if (best != null) {
                    best.namesake = region.id;
                    Set<String> cityKeys = new LinkedHashSet<>();
                    for (String n : best.names.values()) cityKeys.add(PlaceText.nameKey(withoutFlag(n)));
                    String city = PlaceText.skeleton(best.name);
                    for (String n : List.copyOf(region.names.values())) {
                        String bare = withoutFlag(n);
                        if (cityKeys.contains(PlaceText.nameKey(bare))) {
                            region.removeName(bare);
                        } else if (isBareRegionName(bare) && PlaceText.similarSkeletons(PlaceText.skeleton(bare), city)) {
                            region.removeName(bare);
                            best.addName(bare);
                        }
                    }
                    for (String n : List.copyOf(best.names.values())) {
                        if (!PlaceText.isCyrillic(n) && n.charAt(0) != Gazetteer.EXACT_CASE) addRegionForms(region, withoutFlag(n));
                    }
                }
            }
        }

        void write(Path out) throws IOException {
            Path parent = out.toAbsolutePath().getParent();
            if (parent != null) Files.createDirectories(parent);
            try (OutputStream os = Files.newOutputStream(out);
                 GZIPOutputStream gz = new GZIPOutputStream(os);
                 Writer w = new OutputStreamWriter(gz, StandardCharsets.UTF_8)) {
                w.write("# TOT Monitor gazetteer. Data: " + ATTRIBUTION + ", plus hand-curated entries (extra-places.tsv).\n");
                w.write("# GeoNames data is provided \"as is\" without warranty or any representation of accuracy, timeliness or completeness.\n");
                w.write("# Generated by org.totmon.pipeline.place.GazetteerBuilder; do not edit by hand.\n");
                w.write(Gazetteer.HEADER + "\n");
                for (Row r : rows.values()) {
                    if (r.names.isEmpty() || r.kind == null) continue;
                    w.write(String.join("\t", r.id, r.geonamesId == null ? "" : r.geonamesId.toString(), r.name,
                            r.kind.label(), coord(r.lat), coord(r.lon), r.country, r.admin1,
                            r.population == 0 ? "" : Long.toString(r.population), r.namesake,
                            String.join("|", r.names.values())));
                    w.write('\n');
                }
            }
        }
    }

    // ---- names ------------------------------------------------------------------------------------------

    /** The English name: Ukraine's national romanization of the Ukrainian name, else GeoNames' name, tidied. */
    private static String canonicalOf(Feature f) {
        if (f.country().equals("UA")) {
            String uk = ukrainianName(f);
            if (uk != null) return Translit.ukrainian(uk);
        }
        return wikiStyle(f.name());
    }

    /** The Ukrainian form among a place's Cyrillic names: one with і/ї/є/ґ, the closest to GeoNames' name. */
    private static String ukrainianName(Feature f) {
        String target = PlaceText.skeleton(f.ascii());
        Set<String> latinKeys = new LinkedHashSet<>();
        for (String n : concat(f.latin(), List.of(f.name(), f.ascii()))) latinKeys.add(PlaceText.nameKey(n));
        String best = null;
        int bestScore = Integer.MIN_VALUE;
        for (String c : f.cyrillic()) {
            if (!isCyrillicName(c)) continue;
            String k = PlaceText.key(c);
            boolean neutral = !RUSSIAN_LETTERS.matcher(k).find();
            boolean ukrainian = neutral && UKRAINIAN_LETTERS.matcher(k).find();
            if (!ukrainian && !neutral) continue;
            String romanized = PlaceText.nameKey(Translit.ukrainian(c));
            boolean geonamesName = romanized.equals(PlaceText.nameKey(f.name())) || romanized.equals(PlaceText.nameKey(f.ascii()));
            int score = 100 * ((geonamesName ? 8 : 0) + (ukrainian ? 4 : 0)
                    + (latinKeys.contains(romanized) ? 2 : 0)
                    + (PlaceText.skeleton(c).equals(target) ? 1 : 0))
                    - editDistance(romanized, PlaceText.nameKey(f.ascii()));
            if (!PlaceText.similarSkeletons(PlaceText.skeleton(c), target)) continue;
            if (score > bestScore) { best = c; bestScore = score; }
        }
        return best;
    }

    /** GeoNames' BGN-style name in the form English text and Wikipedia use: "Staryy Oskol" → "Stary Oskol". */
    static String wikiStyle(String name) {
        return name.replaceAll("['’ʹ]", "").replace("ë", "yo").replaceAll("(?<=\\p{L})(yy|iy)\\b", "y");
    }

    private static int editDistance(String a, String b) {
        int[] prev = new int[b.length() + 1], cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                cur[j] = Math.min(prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1), Math.min(prev[j], cur[j - 1]) + 1);
            }
            int[] t = prev; prev = cur; cur = t;
        }
        return prev[b.length()];
    }

    /** "Тараса Шевченка", "Tarasa Shevchenka": a place named after a person, whose name text uses far more often. */
    private static boolean isNamedAfterPerson(String n) {
        String[] w = PlaceText.nameKey(n).split(" ");
        return w.length == 2 && PersonNames.isInflectedGivenName(w[0]);
    }

    private static boolean isLatinName(String n) {
        if (n.isEmpty() || !Character.isUpperCase(n.charAt(0)) || n.split(" ").length > 4 || isNamedAfterPerson(n)) return false;
        if (n.length() <= 4 && n.equals(n.toUpperCase(Locale.ROOT))) return false; // airport codes
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            boolean ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == ' ' || c == '-' || c == '.'
                    || PlaceText.isApostrophe(c) || (c >= 0xC0 && c < 0x250 && Character.isLetter(c));
            if (!ok) return false;
        }
        return true;
    }

    private static boolean isCyrillicName(String n) {
        if (n.isEmpty() || !Character.isUpperCase(n.charAt(0)) || n.split(" ").length > 4 || isNamedAfterPerson(n)) return false;
        for (int i = 0; i < n.length(); i++) {
            char c = Character.toLowerCase(n.charAt(i));
            boolean ok = (c >= 'а' && c <= 'я') || "іїєґё".indexOf(c) >= 0 || c == ' ' || c == '-' || PlaceText.isApostrophe(c);
            if (!ok) return false;
        }
        return true;
    }

    private static boolean unsafeCyrillic(String n) {
        String key = PlaceText.nameKey(n);
        if (UNSAFE.contains(key)) return true;
        if (key.indexOf(' ') >= 0) return false;
        for (Inflection.Stem s : Inflection.stems(key, true, false)) {
            int cls = s.cls() & ~Inflection.ALTERNATE;
            boolean adjective = cls == Inflection.ADJ_N || cls == Inflection.ADJ_M || cls == Inflection.ADJ_F;
            if (adjective && COMMON_ADJECTIVE_STEMS.contains(s.stem())) return true;
        }
        return false;
    }

    private static boolean similarToAny(String name, List<String> skeletons) {
        String s = PlaceText.skeleton(name);
        for (String b : skeletons) if (PlaceText.similarSkeletons(s, b)) return true;
        return false;
    }

    private static boolean containsWord(String name, String... words) {
        for (String w : PlaceText.nameKey(name).split(" ")) for (String x : words) if (w.equals(x)) return true;
        return false;
    }

    /** "Zaporizhzhia Oblast" → "Zaporizhzhia"; "Krasnodar Krai" → "Krasnodar". */
    static String stripRegionWord(String name) {
        return name.replaceAll("(?i)\\s+(oblast['’]?|region|province|krai|kray|raion)$", "").strip();
    }

    private static void addRegionForms(Row r, String base) {
        if (base.isEmpty()) return;
        for (String w : LATIN_REGION_WORDS) r.addName(base + " " + w);
    }

    /** A region's name that does not say it is a region: "Zaporizhia", not "Zaporizhia Oblast" or "Херсонщина". */
    private static boolean isBareRegionName(String name) {
        String k = PlaceText.nameKey(name);
        return !containsWord(name, "oblast", "region", "province", "область", "край", "krai", "kray")
                && !k.endsWith("щина") && !k.endsWith("чина");
    }

    private static String withoutFlag(String name) {
        return name.charAt(0) == Gazetteer.EXACT_CASE || name.charAt(0) == Gazetteer.ANY_CASE ? name.substring(1) : name;
    }

    private static String cut(String s) {
        return s.substring(0, s.length() - 1);
    }

    private static String coord(double v) {
        return String.format(Locale.ROOT, "%.5f", v).replaceAll("0+$", "").replaceAll("\\.$", "");
    }

    private static String slug(String s) {
        return PlaceText.nameKey(s).replace(' ', '-');
    }

    private static long parseLong(String s) {
        return s.isEmpty() ? 0 : Long.parseLong(s);
    }

    private static List<String> split(String s, String regex) {
        if (s.isEmpty()) return List.of();
        return Arrays.asList(s.split(regex));
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
