// Live reload for `trustcenter serve` only: reloads the page after a successful rebuild, and shows the
// build's errors over the last good page after a failed one.
(function () {
  var overlay = null;
  function show(problems) {
    if (!overlay) {
      overlay = document.createElement('div');
      overlay.id = 'trustcenter-problems';
      overlay.setAttribute('role', 'alert');
      overlay.style.cssText = 'position:fixed;inset:auto 1rem 1rem 1rem;max-height:50vh;overflow:auto;z-index:99999;' +
        'background:#7f1d1d;color:#fff;font:14px/1.5 ui-monospace,monospace;padding:1rem 1.25rem;border-radius:10px;' +
        'box-shadow:0 10px 30px rgba(0,0,0,.4)';
      document.body.appendChild(overlay);
    }
    overlay.textContent = '';
    var title = document.createElement('strong');
    title.textContent = 'The last change does not build; this is the last good version.';
    overlay.appendChild(title);
    problems.forEach(function (p) {
      var line = document.createElement('div');
      line.textContent = p.file + ':' + p.line + ':' + p.column + ' ' + p.message + (p.hint ? ' ' + p.hint : '');
      overlay.appendChild(line);
    });
  }
  function hide() {
    if (overlay) { overlay.remove(); overlay = null; }
  }
  var source = new EventSource('/_trustcenter/events');
  source.addEventListener('open', function () { document.documentElement.setAttribute('data-live-reload', 'connected'); });
  source.addEventListener('reload', function () { location.reload(); });
  source.addEventListener('problems', function (e) { show(JSON.parse(e.data)); });
  source.addEventListener('ok', hide);
}());
