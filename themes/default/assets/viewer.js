// Opens an access grant in the browser: the key is the link's fragment, which browsers never send to a server.
// The encrypted bundle is in this page, so nothing is requested after it loads. AES-256-GCM via WebCrypto.
// When the grant asks for it, the NDA is shown first and the files are decrypted only once it is accepted.
(function () {
  'use strict';
  var status = document.getElementById('viewer-status');
  var viewer = document.getElementById('viewer');
  var contact = viewer.getAttribute('data-contact');
  var gate = document.getElementById('viewer-accept');
  // The page's words, in its language, from the build's message catalogue: {0}, {1} are the arguments.
  var words = JSON.parse(viewer.getAttribute('data-messages') || '{}');
  function say(key) {
    var args = arguments;
    return (words[key] || key).replace(/\{(\d)\}/g, function (m, i) { return String(args[Number(i) + 1]); });
  }

  function fail(message) {
    status.textContent = message;
    status.className = 'alert alert-bad';
    status.hidden = false;
    document.getElementById('viewer-grant').hidden = true;
    document.getElementById('viewer-files').hidden = true;
    if (gate) { document.getElementById('viewer-nda-gate').hidden = true; }
  }
  function bytes(base64) {
    var binary = atob(base64);
    var out = new Uint8Array(binary.length);
    for (var i = 0; i < binary.length; i++) { out[i] = binary.charCodeAt(i); }
    return out;
  }
  // A date as every other page of this language writes it: "23 December 2026", "23 ديسمبر 2026".
  function date(iso) {
    var lang = document.documentElement.lang || 'en';
    var locale = lang === 'en' ? 'en-GB' : /^ar(-|$)/.test(lang) && lang.indexOf('-u-nu-') < 0 ? lang + '-u-nu-latn' : lang;
    return new Date(iso + 'T00:00:00Z').toLocaleDateString(locale,
      { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  }

  var key = location.hash.slice(1);
  if (key) {
    // Take the key out of the address bar and the history once it has been read.
    history.replaceState(null, '', location.pathname + location.search);
  }
  if (!key) {
    fail(say('missingKey', contact));
    return;
  }
  if (!window.crypto || !window.crypto.subtle) {
    fail(say('noCrypto'));
    return;
  }
  var raw;
  try {
    raw = bytes(key.replace(/-/g, '+').replace(/_/g, '/') + '==='.slice((key.length + 3) % 4));
  } catch (e) {
    raw = new Uint8Array(0);
  }
  if (raw.length !== 32) {
    fail(say('shortKey'));
    return;
  }

  if (gate) {
    status.textContent = say('readFirst');
    gate.addEventListener('submit', function (event) {
      event.preventDefault();
      if (!document.getElementById('viewer-accept-box').checked) {
        status.textContent = say('tickFirst');
        status.className = 'alert alert-warn';
        document.getElementById('viewer-accept-box').focus();
        return;
      }
      document.getElementById('viewer-nda-gate').hidden = true;
      open(true);
    });
  } else {
    open(false);
  }

  function open(acceptedHere) {
    status.textContent = say('decrypting');
    status.className = 'alert alert-info';
    var sealed = bytes(document.getElementById('bundle').getAttribute('data-bundle'));
    crypto.subtle.importKey('raw', raw, { name: 'AES-GCM' }, false, ['decrypt'])
      .then(function (k) {
        return crypto.subtle.decrypt({ name: 'AES-GCM', iv: sealed.slice(0, 12), tagLength: 128 }, k, sealed.slice(12));
      })
      .then(function (plain) { show(JSON.parse(new TextDecoder().decode(plain)), acceptedHere); },
        function () {
          fail(say('wrongKey', contact));
        });
  }

  function show(bundle, acceptedHere) {
    var grant = bundle.grant;
    if (Date.now() > Date.parse(grant.expires + 'T23:59:59Z')) {
      fail(say('expired', date(grant.expires), contact));
      return;
    }
    if (acceptedHere && grant.nda.sha256 !== viewer.getAttribute('data-nda-sha256')) {
      fail(say('ndaChanged', contact));
      return;
    }
    document.getElementById('viewer-recipient').textContent = grant.recipient.name + ' (' + grant.recipient.email + ')';
    document.getElementById('viewer-company').textContent = grant.recipient.company;
    document.getElementById('viewer-expires').textContent = date(grant.expires);
    document.getElementById('viewer-nda').textContent = acceptedHere ? say('ndaHere', grant.nda.version)
      : grant.nda.accepted === 'request' ? say('ndaRequest', grant.nda.version)
        : grant.nda.agreement ? say('ndaAgreement', grant.nda.version, grant.nda.agreement)
          : say('ndaVersion', grant.nda.version);
    document.getElementById('viewer-grant').hidden = false;
    var list = document.getElementById('viewer-files');
    bundle.files.forEach(function (file) {
      var item = document.createElement('li');
      item.className = 'document';
      var title = document.createElement('h2');
      title.textContent = file.title;
      var link = document.createElement('a');
      link.className = 'button';
      link.href = URL.createObjectURL(new Blob([bytes(file.data)], { type: file.type }));
      link.download = file.name;
      link.textContent = say('download', file.name);
      var note = document.createElement('p');
      note.className = 'meta';
      note.appendChild(document.createTextNode(say(file.watermarked ? 'watermarked' : 'original') + ' '));
      var hash = document.createElement('code');
      hash.className = 'hash';
      hash.textContent = file.sha256_original;
      note.appendChild(hash);
      item.appendChild(title);
      item.appendChild(note);
      item.appendChild(link);
      list.appendChild(item);
    });
    list.hidden = false;
    status.textContent = say('shared', grant.recipient.name, grant.company_name, date(grant.expires));
    status.className = 'alert alert-info';
  }
}());
