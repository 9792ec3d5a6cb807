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
