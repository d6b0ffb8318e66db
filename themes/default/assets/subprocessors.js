// Filters the subprocessor tables as you type. The full list is in the page: without JavaScript, nothing is
// hidden and the filter form stays out of the way.
(function () {
  'use strict';
  var form = document.getElementById('subprocessor-filter');
  if (!form) { return; }
  var text = document.getElementById('filter-text');
  var category = document.getElementById('filter-category');
  var ai = document.getElementById('filter-ai');
  var count = document.getElementById('filter-count');
  // "Showing {0} of {1} subprocessors." in the page's language, from the build's message catalogue.
  var format = function (pattern) {
    var args = arguments;
    return pattern.replace(/\{(\d)\}/g, function (m, i) { return String(args[Number(i) + 1]); });
  };
  var sections = document.querySelectorAll('section[data-category]');
  form.hidden = false;
  form.addEventListener('submit', function (e) { e.preventDefault(); });

  function apply() {
    var words = text.value.toLowerCase().split(/\s+/).filter(Boolean);
    var shown = 0;
    var total = 0;
    sections.forEach(function (section) {
      var visible = 0;
      var inCategory = !category.value || section.getAttribute('data-category') === category.value;
      section.querySelectorAll('tr[data-subprocessor]').forEach(function (row) {
        total++;
        var haystack = row.textContent.toLowerCase();
        var match = inCategory && (!ai.checked || row.getAttribute('data-ai') === 'true') &&
          words.every(function (w) { return haystack.indexOf(w) >= 0; });
        row.hidden = !match;
        if (match) { visible++; }
      });
      section.hidden = visible === 0;
      shown += visible;
    });
    count.textContent = shown === total ? '' : format(count.getAttribute('data-shown'), shown, total);
  }
  text.addEventListener('input', apply);
  category.addEventListener('change', apply);
  ai.addEventListener('change', apply);
}());
