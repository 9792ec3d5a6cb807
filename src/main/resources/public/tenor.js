// Progressive enhancement only: every page works without JavaScript (forms submit, links navigate).
document.documentElement.classList.add('js');

// Search page (issue 10): ticking a facet or changing a date updates results and facets in place.
// The page's own HTML is fetched and its regions swapped; the URL follows with history.pushState, so
// links stay shareable and Back works. Anything unexpected falls back to loading the page normally.
(function () {
  var form = document.getElementById('search-form');
  if (!form) return;
  var REGIONS = ['search-notes', 'facet-panel', 'result-sort', 'result-body', 'took'];
  var canSwap = !!(window.fetch && window.DOMParser && window.URLSearchParams && window.FormData
    && window.history && history.pushState);
  var seq = 0;
  var current = location.pathname + location.search;

  function isFilter(t) {
    return t && t.form === form && t.name && (t.type === 'checkbox' || t.type === 'date'); // not the phone's Filter toggle
  }

  function url() {
    var params = new URLSearchParams();
    new FormData(form).forEach(function (value, name) {
      if (value !== '') params.append(name, value);
    });
    var qs = params.toString();
    return form.getAttribute('action') + (qs ? '?' + qs : '');
  }

  function focusKey(el) {
    if (!el || !form.contains(el)) return null;
    if (el.type === 'checkbox') return { name: el.name, value: el.value };
    if (el.tagName === 'SUMMARY' && el.parentNode.id) return { summaryOf: el.parentNode.id };
    if (el.id) return { id: el.id };
    return null;
  }

  function restoreFocus(key) {
    if (!key) return;
    var el = null;
    if (key.name) {
      var boxes = form.querySelectorAll('input[type=checkbox]');
      for (var i = 0; i < boxes.length; i++) {
        if (boxes[i].name === key.name && boxes[i].value === key.value) el = boxes[i];
      }
    } else if (key.summaryOf) {
      var d = document.getElementById(key.summaryOf);
      el = d && d.querySelector('summary');
    } else {
      el = document.getElementById(key.id);
    }
    if (!el) return;
    for (var p = el.parentNode; p; p = p.parentNode) {
      if (p.tagName === 'DETAILS') p.open = true;
    }
    el.focus();
  }

  // Groups the user opened or closed stay that way after an update.
  function openState() {
    var state = {};
    Array.prototype.forEach.call(form.querySelectorAll('details[id]'), function (d) { state[d.id] = d.open; });
    return state;
  }

  function restoreOpen(state) {
    Array.prototype.forEach.call(form.querySelectorAll('details[id]'), function (d) {
      if (state.hasOwnProperty(d.id)) d.open = state[d.id] || !!d.querySelector('input:checked');
    });
  }

  function swap(doc) {
    var pairs = [];
    for (var i = 0; i < REGIONS.length; i++) {
      var now = document.getElementById(REGIONS[i]);
      var next = doc.getElementById(REGIONS[i]);
      if (!now || !next) return false;
      pairs.push([now, next]);
    }
    var count = document.getElementById('hit-count');
    var nextCount = doc.getElementById('hit-count');
    if (!count || !nextCount) return false;
    var focus = focusKey(document.activeElement);
    var open = openState();
    pairs.forEach(function (p) { p[0].innerHTML = p[1].innerHTML; });
    // The count's element stays, so its aria-live region announces the new number.
    count.textContent = nextCount.textContent;
    restoreOpen(open);
    restoreFocus(focus);
    return true;
  }

  function update(target, push) {
    var mine = ++seq;
    var results = document.getElementById('results');
    if (results) results.setAttribute('aria-busy', 'true');
    fetch(target, { headers: { 'Accept': 'text/html' }, credentials: 'same-origin' })
      .then(function (r) {
        if (!r.ok) throw new Error('HTTP ' + r.status);
        return r.text();
      })
      .then(function (html) {
        if (mine !== seq) return;
        var doc = new DOMParser().parseFromString(html, 'text/html');
        if (!swap(doc)) {
          location.assign(target);
          return;
        }
        if (push) history.pushState({ tenor: true }, '', target);
        current = location.pathname + location.search;
        document.title = doc.title;
      })
      .catch(function () {
        if (mine === seq) location.assign(target);
      })
      .then(function () {
        if (mine === seq && results) results.removeAttribute('aria-busy');
      });
  }

  form.addEventListener('change', function (e) {
    if (!isFilter(e.target)) return;
    // A changed filter starts again on page 1 (the form has no page field); the hidden sort stays.
    if (canSwap) {
      update(url(), true);
    } else {
      form.requestSubmit ? form.requestSubmit() : form.submit();
    }
  });

  // Empty fields (no date, default sort) stay out of the URL, so shared links stay short and stable.
  form.addEventListener('submit', function () {
    Array.prototype.forEach.call(form.elements, function (i) {
      if (i.tagName === 'INPUT' && i.value === '' && i.name) i.disabled = true;
    });
  });

  // On a phone the filters stand above the results: fold the groups nothing is ticked in, so the
  // first hits are a short scroll away. Without JavaScript every group keeps its server-side state.
  if (window.matchMedia && window.matchMedia('(max-width: 600px)').matches) {
    Array.prototype.forEach.call(form.querySelectorAll('details.facet'), function (d) {
      if (!d.querySelector('input:checked')) d.open = false;
    });
  }

  if (canSwap) {
    window.addEventListener('popstate', function () {
      if (location.pathname + location.search === current) return;
      var q = document.getElementById('q');
      if (q) q.value = new URLSearchParams(location.search).get('q') || '';
      update(location.pathname + location.search, false);
    });
  }
})();

// Document page (issue 10): "Zitat kopieren" and copyable Rn. links. Without JavaScript (or without
// clipboard access) the citation stays in a read-only field to copy by hand, and Rn. links are plain anchors.
(function () {
  var button = document.getElementById('copy-cite');
  var field = document.getElementById('cite-text');
  var status = document.getElementById('copy-status');
  if (!button || !field || !status || !navigator.clipboard || !window.isSecureContext) return;
  var timer = null;

  function say(text) {
    clearTimeout(timer);
    status.textContent = text;
    timer = setTimeout(function () { status.textContent = ''; }, 6000);
  }

  button.hidden = false;
  button.addEventListener('click', function () {
    navigator.clipboard.writeText(field.value).then(function () {
      say(button.getAttribute('data-copied'));
    }, function () {
      field.focus();
      field.select();
    });
  });

  document.addEventListener('click', function (e) {
    var a = e.target.closest ? e.target.closest('a.rn') : null;
    if (!a) return;
    var link = location.href.split('#')[0] + a.getAttribute('href');
    navigator.clipboard.writeText(link).then(function () {
      say(status.getAttribute('data-rn-copied').replace('{0}', a.textContent));
    }, function () { /* the link still works as an anchor */ });
  });
})();

// Autocomplete (issue 6): the search box's <datalist> is filled from /api/suggest as the user types.
// Without JavaScript the datalist stays empty and the box is a plain search field.
(function () {
  var input = document.getElementById('q');
  var list = document.getElementById('q-suggestions');
  if (!input || !list || !window.fetch) return;
  var timer = null;
  var last = '';
  input.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(function () {
      var q = input.value;
      if (q.length < 2 || q === last) return;
      last = q;
      fetch('/api/suggest?q=' + encodeURIComponent(q), { headers: { 'Accept': 'application/json' } })
        .then(function (r) { return r.ok ? r.json() : { suggestions: [] }; })
        .then(function (body) {
          if (input.value !== q) return;
          while (list.firstChild) list.removeChild(list.firstChild);
          (body.suggestions || []).forEach(function (s) {
            var option = document.createElement('option');
            option.value = s;
            list.appendChild(option);
          });
        })
        .catch(function () { /* suggestions are optional */ });
    }, 150);
  });
})();
