// Review: the account token (kept in this tab's sessionStorage, sent as the Authorization header), inline review of
// a report's items and bulk actions in the queue, all operable with the keyboard alone.
(function () {
  'use strict';
  var TOKEN = 'totmon-token';
  var message = document.getElementById('review-message');
  var login = document.getElementById('login');
  // The page's language: the server gives the script's messages as the login form's data attributes.
  function msg(name, fallback) {
    return (login && login.dataset[name]) || fallback;
  }

  function say(text, isError) {
    if (!message) return;
    message.textContent = text;
    message.className = 'message' + (isError ? ' error' : '');
  }

  function showWho() {
    var who = document.getElementById('who');
    if (who) who.textContent = sessionStorage.getItem(TOKEN) ? msg('tokenSet', 'token set for this tab') : msg('tokenNone', 'no token: reading only');
  }

  if (login) {
    login.addEventListener('submit', function (ev) {
      ev.preventDefault();
      var input = document.getElementById('token');
      if (input.value.trim()) sessionStorage.setItem(TOKEN, input.value.trim());
      else sessionStorage.removeItem(TOKEN);
      input.value = '';
      showWho();
      // Back to the item the reviewer was on (the first if none), so the keys go on working without the mouse.
      focusRow(current);
    });
    document.getElementById('token').addEventListener('keydown', function (ev) {
      if (ev.key === 'Escape') focusRow(current);
    });
    showWho();
  }

  // POSTs JSON; resolves with the parsed answer, or shows the server's error (a 409 says who changed the item).
  function post(url, body) {
    var token = sessionStorage.getItem(TOKEN);
    if (!token) {
      say(msg('needToken', 'Give your account token first (the field above).'), true);
      document.getElementById('token').focus();
      return Promise.reject(new Error('no token'));
    }
    return fetch(url, {
      method: 'POST',
      headers: {'Content-Type': 'application/json', 'Authorization': 'Bearer ' + token},
      body: JSON.stringify(body)
    }).then(function (res) {
      return res.json().then(function (json) {
        if (!res.ok) {
          say((res.status === 409 ? msg('conflict', 'Conflict:') : msg('error', 'Error') + ' ' + res.status + ':') + ' ' + json.error, true);
          throw new Error(json.error);
        }
        return json;
      });
    });
  }

  // After a write the page is reloaded, so every status, version and history shown is the stored one.
  function reloadAt(row) {
    if (row) sessionStorage.setItem('totmon-focus', row.id);
    location.reload();
  }

  var rows = Array.prototype.slice.call(document.querySelectorAll('.review-item'));
  var current = -1;

  function mark(i) {
    current = i;
    rows.forEach(function (r, j) { r.classList.toggle('focused', j === i); });
  }

  function focusRow(i) {
    if (!rows.length) return;
    mark(Math.max(0, Math.min(rows.length - 1, i)));
    rows[current].focus();
  }

  var remembered = sessionStorage.getItem('totmon-focus');
  if (remembered) {
    sessionStorage.removeItem('totmon-focus');
    var at = rows.findIndex(function (r) { return r.id === remembered; });
    if (at >= 0) focusRow(at);
  }
  // Focus anywhere in a row (its buttons, its form, reached with Tab) makes it the row the keys act on.
  rows.forEach(function (row, i) {
    row.addEventListener('focusin', function () { mark(i); });
  });

  function write(row, action, extra) {
    var body = {item: row.dataset.key, action: action, version: parseInt(row.dataset.version, 10)};
    Object.keys(extra || {}).forEach(function (k) { body[k] = extra[k]; });
    return post('/api/review', body).then(function () { reloadAt(row); }, function () {});
  }

  function reject(row) {
    var reason = prompt(msg('whyReject', 'Why reject this item?'));
    if (reason === null) return;
    if (!reason.trim()) { say(msg('needReason', 'A rejection needs a reason.'), true); return; }
    write(row, 'reject', {reason: reason.trim()});
  }

  function openForm(row) {
    var form = row.querySelector('form.correct');
    if (!form) return;
    form.hidden = false;
    var first = form.querySelector('input, select');
    if (first) first.focus();
  }

  function value(input) {
    var t = input.dataset.type, v = input.type === 'checkbox' ? input.checked : input.value.trim();
    if (t === 'bool') return v;
    if (t === 'list') return v ? v.split(';').map(function (s) { return s.trim(); }).filter(Boolean) : [];
    if (t === 'ints') return v ? v.split(/[\s,;]+/).filter(Boolean).map(Number) : null;
    if (v === '') return t.slice(-1) === '?' ? null : undefined;
    if (t.indexOf('number') === 0) return Number(v);
    return v;
  }

  function changed(input) {
    if (input.dataset.type === 'bool') return String(input.checked) !== input.dataset.orig;
    return input.value.trim() !== input.dataset.orig;
  }

  document.querySelectorAll('form.correct').forEach(function (form) {
    var row = form.closest('.review-item');
    form.addEventListener('submit', function (ev) {
      ev.preventDefault();
      var fields = {}, reason = null;
      form.querySelectorAll('input, select').forEach(function (input) {
        if (input.dataset.type === 'reason') { reason = input.value.trim() || null; return; }
        if (!changed(input)) return;
        var v = value(input);
        if (v !== undefined && !(input.dataset.type === 'ints' && v === null)) fields[input.name] = v;
      });
      if (!Object.keys(fields).length) { say(msg('nothingChanged', 'Nothing changed.'), true); return; }
      write(row, 'correct', {fields: fields, reason: reason});
    });
    form.addEventListener('keydown', function (ev) {
      if (ev.key === 'Escape') { form.hidden = true; row.focus(); ev.stopPropagation(); }
    });
  });

  rows.forEach(function (row) {
    row.querySelectorAll('button[data-act]').forEach(function (button) {
      button.addEventListener('click', function () {
        var act = button.dataset.act;
        if (act === 'accept') write(row, 'accept');
        else if (act === 'reject') reject(row);
        else openForm(row);
      });
    });
  });

  document.addEventListener('keydown', function (ev) {
    var tag = ev.target.tagName;
    if (tag === 'INPUT' || tag === 'SELECT' || tag === 'TEXTAREA' || ev.ctrlKey || ev.metaKey || ev.altKey) return;
    var row = rows[current];
    switch (ev.key) {
      case 'j': focusRow(current + 1); break;
      case 'k': focusRow(current - 1); break;
      case 'a': if (row) write(row, 'accept'); break;
      case 'r': if (row) reject(row); break;
      case 'c': if (row) openForm(row); break;
      case 'x': if (row && row.querySelector('.tick')) row.querySelector('.tick').click(); break;
      default: return;
    }
    ev.preventDefault();
  });

  // Retract and restore (admins).
  var section = document.getElementById('review');
  function retraction(button, action) {
    if (!button) return;
    button.addEventListener('click', function () {
      var body = {version: parseInt(button.dataset.version, 10)};
      if (action === 'retract') {
        var reason = prompt(msg('whyRetract', 'Why retract this report?'));
        if (reason === null) return;
        if (!reason.trim()) { say(msg('needReason', 'A retraction needs a reason.'), true); return; }
        body.reason = reason.trim();
      }
      post('/api/reports/' + encodeURIComponent(section.dataset.report) + '/' + action, body).then(function () { reloadAt(null); }, function () {});
    });
  }
  retraction(document.getElementById('retract'), 'retract');
  retraction(document.getElementById('restore'), 'restore');

  // The queue's bulk actions: each ticked item is written on its own; the answer says which were refused.
  function bulk(action) {
    var items = rows.filter(function (r) { return r.querySelector('.tick').checked; })
      .map(function (r) { return {item: r.dataset.key, version: parseInt(r.dataset.version, 10)}; });
    if (!items.length) { say(msg('tickFirst', 'Tick some items first.'), true); return; }
    var body = {action: action, items: items};
    if (action === 'reject') {
      var reason = prompt(msg('whyRejectMany', 'Why reject the ticked items?') + ' (' + items.length + ')');
      if (reason === null) return;
      if (!reason.trim()) { say(msg('needReason', 'A rejection needs a reason.'), true); return; }
      body.reason = reason.trim();
    }
    post('/api/review/bulk', body).then(function (results) {
      var refused = results.filter(function (r) { return r.status !== 200; });
      if (refused.length) say(refused.length + ' / ' + results.length + ' ' + msg('notSaved', 'not saved:') + ' ' + refused[0].error, true);
      else reloadAt(null);
    }, function () {});
  }
  var bulkAccept = document.getElementById('bulk-accept');
  if (bulkAccept) {
    bulkAccept.addEventListener('click', function () { bulk('accept'); });
    document.getElementById('bulk-reject').addEventListener('click', function () { bulk('reject'); });
    document.getElementById('tick-all').addEventListener('change', function (ev) {
      rows.forEach(function (r) { r.querySelector('.tick').checked = ev.target.checked; });
    });
  }

  // Entity pages: merge into another entity, split the ticked reports off under a new name, undo either.
  var entitySection = document.getElementById('entity-review');
  if (entitySection) {
    var entity = entitySection.dataset.entity;
    var goTo = function (name) { location.href = '/entities/' + encodeURIComponent(name); };
    document.getElementById('merge').addEventListener('submit', function (ev) {
      ev.preventDefault();
      var form = ev.target;
      post('/api/entities/merge', {entity: entity, into: form.into.value.trim(), reason: form.reason.value.trim() || null})
        .then(function (change) { goTo(change.into); }, function () {});
    });
    document.getElementById('split').addEventListener('submit', function (ev) {
      ev.preventDefault();
      var form = ev.target;
      var reports = Array.prototype.slice.call(form.querySelectorAll('input[name=report]:checked')).map(function (i) { return i.value; });
      if (!reports.length) { say(msg('splitTickFirst', 'Tick the reports that name someone else first.'), true); return; }
      post('/api/entities/split', {entity: entity, reports: reports, name: form.elements.namedItem('name').value.trim(), reason: form.reason.value.trim() || null})
        .then(function () { location.reload(); }, function () {});
    });
    entitySection.querySelectorAll('button.undo').forEach(function (button) {
      button.addEventListener('click', function () {
        post('/api/entities/changes/' + button.dataset.change + '/undo', {})
          .then(function () { location.reload(); }, function () {});
      });
    });
  }
}());
