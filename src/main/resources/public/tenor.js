// Progressive enhancement only: the page works without JavaScript via the "Filter anwenden" button.
// With JavaScript, ticking a facet checkbox or changing a date runs the search at once.
(function () {
  var form = document.getElementById('search-form');
  if (!form) return;
  form.addEventListener('change', function (e) {
    var t = e.target;
    if (t && (t.type === 'checkbox' || t.type === 'date')) {
      // A changed filter starts again on page 1; the hidden sort stays.
      form.requestSubmit ? form.requestSubmit() : form.submit();
    }
  });
  // Empty fields (no date, default sort) stay out of the URL, so shared links stay short and stable.
  form.addEventListener('submit', function () {
    Array.prototype.forEach.call(form.querySelectorAll('input'), function (i) {
      if (i.value === '' && i.name) i.disabled = true;
    });
  });
  var apply = form.querySelector('.apply');
  if (apply) apply.classList.add('js-hidden');
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
