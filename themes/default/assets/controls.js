// Filters the controls by framework without leaving the page. Each filter is a link to a static page that lists
// the same controls, so without JavaScript the links simply load that page.
(function () {
  'use strict';
  var links = document.querySelectorAll('nav.pills a[data-framework]');
  var controls = document.querySelectorAll('article.control[data-frameworks]');
  var count = document.getElementById('control-count');
  // The counts in the page's language, from the build's message catalogue.
  var format = function (pattern) {
    var args = arguments;
    return pattern.replace(/\{(\d)\}/g, function (m, i) { return String(args[Number(i) + 1]); });
  };
  if (!links.length || !controls.length || document.querySelector('nav.pills a[aria-current][data-framework]:not([data-framework=""])')) { return; }

  function apply(link) {
    var framework = link.getAttribute('data-framework');
    var shown = 0;
    controls.forEach(function (control) {
      var match = !framework || (' ' + control.getAttribute('data-frameworks') + ' ').indexOf(' ' + framework + ' ') >= 0;
      control.hidden = !match;
      if (match) { shown++; }
    });
    document.querySelectorAll('section.control-group').forEach(function (group) {
      group.hidden = !group.querySelector('article.control:not([hidden])');
    });
    links.forEach(function (other) {
      if (other === link) { other.setAttribute('aria-current', 'true'); } else { other.removeAttribute('aria-current'); }
    });
    count.textContent = framework
      ? format(count.getAttribute('data-shown'), shown, controls.length, link.firstChild.textContent.trim())
      : format(count.getAttribute('data-all'), controls.length);
  }
  links.forEach(function (link) {
    link.addEventListener('click', function (e) {
      if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) { return; }
      e.preventDefault();
      apply(link);
    });
  });
}());
