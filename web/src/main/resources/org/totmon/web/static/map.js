// The map: oblast outlines shipped with the application, places and the timeline's events from /api/export/*.geojson.
// Popups are built as DOM text nodes, never as HTML strings, so names from reports cannot inject markup.
(function () {
  var el = document.getElementById('map');
  var map = L.map(el, { preferCanvas: true }).setView([48.6, 31.2], 6);
  if (el.dataset.tiles) {
    L.tileLayer(el.dataset.tiles, { maxZoom: 18, attribution: 'Map tiles: see configuration' }).addTo(map);
  }
  map.attributionControl.addAttribution('Places: GeoNames (CC BY 4.0)');

  function popup(lines, href, linkText) {
    var div = document.createElement('div');
    lines.forEach(function (line, i) {
      var p = document.createElement(i === 0 ? 'strong' : 'div');
      p.textContent = line;
      div.appendChild(p);
    });
    if (href) {
      var a = document.createElement('a');
      a.href = href;
      a.textContent = linkText;
      div.appendChild(a);
    }
    return div;
  }

  fetch('/static/oblasts.geojson').then(function (r) { return r.json(); }).then(function (g) {
    L.geoJSON(g, { style: { color: '#5b7083', weight: 1, fillColor: '#dfe7ee', fillOpacity: 0.5 },
      onEachFeature: function (f, layer) {
        var label = document.createElement('span');
        label.textContent = f.properties.name;
        layer.bindTooltip(label, { sticky: true });
      } }).addTo(map);
  });

  var markers = L.layerGroup().addTo(map);
  var form = document.getElementById('map-filters');

  function load() {
    markers.clearLayers();
    var q = new URLSearchParams();
    ['type', 'from', 'to'].forEach(function (k) { if (form.elements[k].value) q.set(k, form.elements[k].value); });
    var shown = 0;
    var requests = [fetch('/api/export/events.geojson?' + q).then(function (r) { return r.json(); }).then(function (g) {
      g.features.forEach(function (f) {
        var c = f.geometry.coordinates, p = f.properties;
        var sources = p.independent_sources + ' independent source' + (p.independent_sources === 1 ? '' : 's')
          + (p.report_count > p.independent_sources ? ' (' + p.report_count + ' reports)' : '');
        // One marker per real-world event, larger the more independent sources tell it.
        L.circleMarker([c[1], c[0]], { radius: 5 + Math.min(8, 2 * p.independent_sources), color: '#c0392b', fillOpacity: 0.7, className: 'event-marker' })
          .bindPopup(popup([p.type + ' (' + p.modality + ')', p.date || ('undated, first reported ' + (p.first_reported || 'on an unknown day')),
            p.place, sources, p.text], '/events/' + encodeURIComponent(p.id), 'event page'))
          .addTo(markers);
        shown++;
      });
    })];
    if (form.elements.places.checked) {
      requests.push(fetch('/api/export/places.geojson').then(function (r) { return r.json(); }).then(function (g) {
        g.features.forEach(function (f) {
          var c = f.geometry.coordinates, p = f.properties;
          var m = L.circleMarker([c[1], c[0]], { radius: 4 + Math.min(8, p.reports), color: '#1f5f99', fillOpacity: 0.5, className: 'place-marker' })
            .bindPopup(popup([p.name, p.place_kind + ', ' + p.reports + ' report(s)'], '/places/' + encodeURIComponent(p.id), 'place page'))
            .addTo(markers);
          if (el.dataset.place && el.dataset.place === p.id) { map.setView([c[1], c[0]], 8); m.openPopup(); }
          shown++;
        });
      }));
    }
    Promise.all(requests).then(function () { document.getElementById('map-count').textContent = shown + ' markers'; });
  }

  form.addEventListener('submit', function (e) { e.preventDefault(); load(); });
  load();
})();
