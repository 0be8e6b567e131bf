// The map, offline: Natural Earth borders and coastline and the approximate oblast outlines shipped with the
// application, the timeline's events (a colour per type, clustered when close) and places from /api/export/*.geojson,
// and a slider that shows the events up to a date. A tile layer is added only when the server was given one (--tiles).
// Popups and labels are built as DOM text nodes, never as HTML strings, so names from reports cannot inject markup.
(function () {
  var el = document.getElementById('map');
  var colors = JSON.parse(el.dataset.colors || '{}');
  var typeLabels = JSON.parse(el.dataset.labels || '{}');
  var words = JSON.parse(el.dataset.words || '{}');
  // The page's plural forms: English one/many, Ukrainian one/few/many.
  function count(key, n) {
    var d = n % 10, h = n % 100;
    var form = el.dataset.lang === 'uk' ? (d === 1 && h !== 11 ? 'one' : d >= 2 && d <= 4 && (h < 12 || h > 14) ? 'few' : 'many') : (n === 1 ? 'one' : 'many');
    return (words[key + '.' + form] || '%d').replace('%d', n);
  }
  var map = L.map(el, { preferCanvas: false }).setView([48.6, 31.2], 6);
  if (el.dataset.tiles) {
    L.tileLayer(el.dataset.tiles, { maxZoom: 18, attribution: 'Map tiles: see configuration' }).addTo(map);
  }
  map.attributionControl.addAttribution('Borders: Natural Earth · Places: GeoNames (CC BY 4.0)');

  function text(tag, s, cls) {
    var e = document.createElement(tag);
    e.textContent = s;
    if (cls) e.className = cls;
    return e;
  }

  function popup(lines, href, linkText) {
    var div = document.createElement('div');
    lines.forEach(function (line, i) { if (line) div.appendChild(text(i === 0 ? 'strong' : 'div', line)); });
    if (href) {
      var a = text('a', linkText);
      a.href = href;
      div.appendChild(a);
    }
    return div;
  }

  var base = L.layerGroup().addTo(map);
  fetch('/static/borders.geojson').then(function (r) { return r.json(); }).then(function (g) {
    L.geoJSON(g, { interactive: false, style: function (f) {
      var home = f.properties.name === 'Ukraine';
      return { color: '#6b7b8a', weight: home ? 1.6 : 1, fillColor: home ? '#fbfaf5' : '#eceae3', fillOpacity: el.dataset.tiles ? 0 : 1 };
    } }).addTo(base);
    return fetch('/static/oblasts.geojson');
  }).then(function (r) { return r.json(); }).then(function (g) {
    L.geoJSON(g, { style: { color: '#8a9aa8', weight: 0.8, dashArray: '3 3', fill: false }, interactive: false, className: 'oblast' }).addTo(base);
    g.features.forEach(function (f) {
      if (!f.properties.label) return;
      L.marker([f.properties.label[1], f.properties.label[0]], { interactive: false, keyboard: false,
        icon: L.divIcon({ className: 'oblast-label', html: text('span', f.properties.name.replace(/ Oblast$/, '')), iconSize: null }) }).addTo(base);
    });
  });

  var form = document.getElementById('map-filters');
  var slider = document.getElementById('until'), sliderLabel = document.getElementById('until-label');
  var events = [], places = [], days = [];
  var markers = L.layerGroup().addTo(map);

  function eventMarker(f) {
    var c = f.geometry.coordinates, p = f.properties;
    var sources = count('sources.independent', p.independent_sources)
      + (p.report_count > p.independent_sources ? ' (' + count('sources.reports', p.report_count) + ')' : '');
    return L.circleMarker([c[1], c[0]], { radius: 5 + Math.min(8, 2 * p.independent_sources), color: '#222', weight: 1,
      fillColor: colors[p.type] || '#4d4d4d', fillOpacity: 0.85, className: 'event-marker' })
      .bindPopup(popup([(typeLabels[p.type] || p.type) + ' (' + (words[p.modality] || p.modality) + ')',
        p.date || (p.first_reported ? (words.reported || '%s').replace('%s', p.first_reported) : words.undated),
        p.place, sources, p.text], '/events/' + encodeURIComponent(p.id), words['map.event_page']));
  }

  function placeMarker(f) {
    var c = f.geometry.coordinates, p = f.properties;
    var m = L.circleMarker([c[1], c[0]], { radius: 4 + Math.min(8, p.reports), color: '#1f5f99', weight: 2, fillColor: '#fff', fillOpacity: 0.8, className: 'place-marker' })
      .bindPopup(popup([p.name, (words[p.place_kind] || p.place_kind) + ', ' + count('map.reports', p.reports)], '/places/' + encodeURIComponent(p.id), words['map.place_page']));
    m.bindTooltip(text('span', p.name), { direction: 'right', offset: [6, 0], className: 'place-label' });
    return m;
  }

  function day(p) { return p.date || p.first_reported || ''; }

  // Markers closer than this many pixels at the current zoom are drawn as one numbered circle; a click zooms in.
  var CLUSTER_PX = 36;

  function draw() {
    markers.clearLayers();
    var until = days.length ? days[+slider.value] : null;
    sliderLabel.textContent = until || '';
    var shown = events.filter(function (f) { return !until || !day(f.properties) || day(f.properties) <= until; }).map(function (f) { return { f: f, make: eventMarker }; })
      .concat(places.map(function (f) { return { f: f, make: placeMarker }; }));
    var cells = {};
    shown.forEach(function (s) {
      var c = s.f.geometry.coordinates, pt = map.project([c[1], c[0]]);
      var key = Math.floor(pt.x / CLUSTER_PX) + ':' + Math.floor(pt.y / CLUSTER_PX);
      (cells[key] = cells[key] || []).push(s);
    });
    Object.keys(cells).forEach(function (k) {
      var group = cells[k];
      if (group.length === 1 || map.getZoom() >= map.getMaxZoom()) {
        group.forEach(function (s) { s.make(s.f).addTo(markers); });
        return;
      }
      var lat = 0, lon = 0, types = {}, top = null;
      group.forEach(function (s) {
        lon += s.f.geometry.coordinates[0];
        lat += s.f.geometry.coordinates[1];
        var t = s.f.properties.kind === 'event' ? s.f.properties.type : null;
        if (t) { types[t] = (types[t] || 0) + 1; if (!top || types[t] > types[top]) top = t; }
      });
      var at = L.latLng(lat / group.length, lon / group.length);
      // The ring takes the colour of the type most of the cluster's events have; a cluster of places only has none.
      var icon = text('span', String(group.length));
      var marker = L.marker(at, { icon: L.divIcon({ className: 'cluster', html: icon, iconSize: [30, 30] }), title: words['map.zoom_in'] })
        .on('click', function () { map.setView(at, map.getZoom() + 2); }).addTo(markers);
      if (top) marker.getElement().style.boxShadow = '0 0 0 4px ' + (colors[top] || '#4d4d4d');
    });
    document.getElementById('map-count').textContent = shown.length + ' ' + document.getElementById('map-count').dataset.markers;
  }

  // Events come a page at a time, each a bounded request, however many the store holds; a newer load drops older pages.
  var PAGE = 500, loading = 0;

  function load() {
    var q = new URLSearchParams(), generation = ++loading;
    ['type', 'from', 'to'].forEach(function (k) { if (form.elements[k].value) q.set(k, form.elements[k].value); });
    q.set('limit', PAGE);
    var pages = [];
    function eventsFrom(offset) {
      q.set('offset', offset);
      return fetch('/api/export/events.geojson?' + q).then(function (r) { return r.json(); }).then(function (g) {
        if (generation !== loading) return;
        pages.push(g.features);
        if (g.next_offset) return eventsFrom(g.next_offset);
        events = [].concat.apply([], pages);
      });
    }
    var requests = [eventsFrom(0)];
    places = [];
    if (form.elements.places.checked) {
      requests.push(fetch('/api/export/places.geojson').then(function (r) { return r.json(); }).then(function (g) {
        places = g.features;
        places.forEach(function (f) {
          if (el.dataset.place && el.dataset.place === f.properties.id) map.setView([f.geometry.coordinates[1], f.geometry.coordinates[0]], 9);
        });
      }));
    }
    Promise.all(requests).then(function () {
      if (generation !== loading) return;
      days = events.map(function (f) { return day(f.properties); }).filter(Boolean).sort()
        .filter(function (d, i, all) { return i === 0 || all[i - 1] !== d; });
      slider.max = Math.max(0, days.length - 1);
      slider.value = slider.max;
      slider.disabled = days.length < 2;
      draw();
    });
  }

  slider.addEventListener('input', draw);
  map.on('zoomend', draw);
  form.addEventListener('submit', function (e) { e.preventDefault(); load(); });
  load();
})();
