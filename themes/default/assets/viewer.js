// Opens an access grant in the browser: the key is the link's fragment, which browsers never send to a server.
// The encrypted bundle is in this page, so nothing is requested after it loads. AES-256-GCM via WebCrypto.
// When the grant asks for it, the NDA is shown first and the files are decrypted only once it is accepted.
(function () {
  'use strict';
  var status = document.getElementById('viewer-status');
  var viewer = document.getElementById('viewer');
  var contact = viewer.getAttribute('data-contact');
  var gate = document.getElementById('viewer-accept');

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
  // "23 December 2026", as every other page writes dates.
  function words(iso) {
    return new Date(iso + 'T00:00:00Z').toLocaleDateString('en-GB',
      { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  }

  var key = location.hash.slice(1);
  if (key) {
    // Take the key out of the address bar and the history once it has been read.
    history.replaceState(null, '', location.pathname + location.search);
  }
  if (!key) {
    fail('This link is missing its key, the part after "#". Open the full link you were sent, or ask ' + contact +
      ' for a new one.');
    return;
  }
  if (!window.crypto || !window.crypto.subtle) {
    fail('This browser cannot decrypt the documents here; open the link over HTTPS in a current browser.');
    return;
  }
  var raw;
  try {
    raw = bytes(key.replace(/-/g, '+').replace(/_/g, '/') + '==='.slice((key.length + 3) % 4));
  } catch (e) {
    raw = new Uint8Array(0);
  }
  if (raw.length !== 32) {
    fail('The key in this link is incomplete. Copy the whole link you were sent, including the part after "#".');
    return;
  }

  if (gate) {
    status.textContent = 'Read the agreement below and accept it to open the documents.';
    gate.addEventListener('submit', function (event) {
      event.preventDefault();
      if (!document.getElementById('viewer-accept-box').checked) {
        status.textContent = 'Please tick the box to accept the agreement first.';
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
    status.textContent = 'Decrypting in your browser…';
    status.className = 'alert alert-info';
    var sealed = bytes(document.getElementById('bundle').getAttribute('data-bundle'));
    crypto.subtle.importKey('raw', raw, { name: 'AES-GCM' }, false, ['decrypt'])
      .then(function (k) {
        return crypto.subtle.decrypt({ name: 'AES-GCM', iv: sealed.slice(0, 12), tagLength: 128 }, k, sealed.slice(12));
      })
      .then(function (plain) { show(JSON.parse(new TextDecoder().decode(plain)), acceptedHere); },
        function () {
          fail('This key does not open these documents. Check that you copied the whole link, or ask ' + contact +
            ' for a new one.');
        });
  }

  function show(bundle, acceptedHere) {
    var grant = bundle.grant;
    if (Date.now() > Date.parse(grant.expires + 'T23:59:59Z')) {
      fail('This link expired on ' + words(grant.expires) + '. Ask ' + contact + ' for a new one.');
      return;
    }
    if (acceptedHere && grant.nda.sha256 !== viewer.getAttribute('data-nda-sha256')) {
      fail('These documents were shared under an earlier version of the agreement than the one shown here. Ask ' +
        contact + ' for a new link.');
      return;
    }
    document.getElementById('viewer-recipient').textContent = grant.recipient.name + ' (' + grant.recipient.email + ')';
    document.getElementById('viewer-company').textContent = grant.recipient.company;
    document.getElementById('viewer-expires').textContent = words(grant.expires);
    document.getElementById('viewer-nda').textContent = 'Version ' + grant.nda.version +
      (acceptedHere ? ', accepted on this page' : grant.nda.accepted === 'request' ? ', accepted with your request'
        : grant.nda.agreement ? ', covered by ' + grant.nda.agreement : '');
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
      link.textContent = 'Download ' + file.name;
      var note = document.createElement('p');
      note.className = 'meta';
      note.appendChild(document.createTextNode((file.watermarked ? 'Watermarked for you. ' : '') + 'Original SHA-256 '));
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
    status.textContent = 'Shared with ' + grant.recipient.name + ' by ' + grant.company_name + ' until ' +
      words(grant.expires) + '.';
    status.className = 'alert alert-info';
  }
}());
