// The request-access form: checks the request in the browser, then delivers it by email (mailto) or to the
// publisher's HTTPS endpoint as JSON conforming to request.schema.json. Without JavaScript the form stays
// hidden and the page offers a mailto link instead.
(function () {
  'use strict';
  var form = document.getElementById('request-form');
  if (!form) { return; }
  // The page's words, in its language, from the build's message catalogue: {0}, {1} are the arguments.
  var words = JSON.parse(form.getAttribute('data-messages') || '{}');
  function say(key) {
    var args = arguments;
    return (words[key] || key).replace(/\{(\d)\}/g, function (m, i) { return String(args[Number(i) + 1]); });
  }
  var config = JSON.parse(form.getAttribute('data-config'));
  var errors = document.getElementById('form-errors');
  var sent = document.getElementById('form-sent');
  form.hidden = false;

  // Sales links pre-fill the form: ?name=&email=&company=&doc=ID&doc=ID&policy=SLUG
  var params = new URLSearchParams(location.search);
  ['name', 'email', 'company', 'role', 'purpose'].forEach(function (field) {
    if (params.get(field)) { form.elements[field].value = params.get(field); }
  });
  params.getAll('doc').concat(params.getAll('policy')).forEach(function (value) {
    form.querySelectorAll('input[type=checkbox][value="' + CSS.escape(value) + '"]').forEach(function (box) {
      box.checked = true;
    });
  });

  function field(name) { return form.elements[name]; }
  function text(name) { return field(name).value.trim(); }
  function checked(name) {
    return Array.prototype.filter.call(form.querySelectorAll('input[name=' + name + ']'), function (b) { return b.checked; });
  }

  function validate() {
    var problems = [];
    function problem(name, message, focusable, errorId) {
      problems.push({ focus: focusable || field(name), message: message, errorId: errorId || 'f-' + name + '-error' });
    }
    ['name', 'company', 'role', 'purpose'].forEach(function (name) {
      if (!text(name)) { problem(name, say('required.' + name)); }
    });
    var email = text('email').toLowerCase();
    var domain = email.slice(email.lastIndexOf('@') + 1);
    // The build's one definition of an address (HTML's "valid e-mail address" and RFC 5321's lengths), the same
    // the published request.schema.json and the server-side tools apply.
    var at = email.lastIndexOf('@');
    if (!new RegExp(config.emailPattern).test(email) || at > config.emailMaxLocal || email.length > config.emailMaxLength) {
      problem('email', say('email'));
    } else if (config.blockedDomains.indexOf(domain) >= 0) {
      problem('email', say('freeEmail', domain));
    }
    if (checked('doc').length + checked('policy').length === 0) {
      var first = form.querySelector('input[name=doc], input[name=policy]');
      problems.push({ focus: first, message: say('items'), errorId: 'f-items-error' });
    }
    if (!text('signature')) {
      problem('signature', say('signature'));
    } else if (text('signature').toLowerCase() !== text('name').toLowerCase()) {
      problem('signature', say('signatureMismatch', text('signature'), text('name')));
    }
    if (!field('accept').checked) { problem('accept', say('accept')); }
    return problems;
  }

  function showProblems(problems) {
    form.querySelectorAll('.field-error').forEach(function (e) { e.hidden = true; e.textContent = ''; });
    form.querySelectorAll('[aria-invalid]').forEach(function (e) { e.removeAttribute('aria-invalid'); });
    errors.textContent = '';
    errors.hidden = problems.length === 0;
    if (problems.length === 0) { return; }
    var heading = document.createElement('p');
    heading.textContent = problems.length === 1 ? say('fixOne') : say('fixMany', problems.length);
    errors.appendChild(heading);
    var list = document.createElement('ul');
    problems.forEach(function (p) {
      var item = document.createElement('li');
      item.textContent = p.message;
      list.appendChild(item);
      var slot = document.getElementById(p.errorId);
      if (slot) { slot.textContent = p.message; slot.hidden = false; }
      if (p.focus) { p.focus.setAttribute('aria-invalid', 'true'); }
    });
    errors.appendChild(list);
    problems[0].focus.focus();
  }

  function request() {
    return {
      schema_version: 1,
      site: config.site,
      name: text('name'),
      email: text('email'),
      company: text('company'),
      role: text('role'),
      purpose: text('purpose'),
      documents: checked('doc').map(function (b) {
        return { id: b.value, title: b.getAttribute('data-title'), sha256: b.getAttribute('data-sha256') };
      }),
      policies: checked('policy').map(function (b) { return { slug: b.value, title: b.getAttribute('data-title') }; }),
      nda: { title: config.nda.title, version: config.nda.version, sha256: config.nda.sha256, signature: text('signature') },
      accepted_at: new Date().toISOString().replace(/\.\d{3}Z$/, 'Z')
    };
  }

  function mailto(r) {
    var lines = [
      'Name: ' + r.name, 'Work email: ' + r.email, 'Company: ' + r.company, 'Role: ' + r.role, 'Purpose: ' + r.purpose,
      '', 'Documents requested:'
    ].concat(r.documents.map(function (d) { return '- ' + d.title + ' (' + d.id + ', SHA-256 ' + d.sha256 + ')'; }))
      .concat(r.policies.map(function (p) { return '- ' + p.title + ' (policy ' + p.slug + ')'; }))
      .concat(['', 'I accept "' + r.nda.title + '", version ' + r.nda.version + ' (SHA-256 ' + r.nda.sha256 + ').',
        'Signed: ' + r.nda.signature, 'Accepted at: ' + r.accepted_at]);
    return 'mailto:' + config.mailto + '?subject=' + encodeURIComponent('Request for security documents from ' +
      config.company + ': ' + r.company) + '&body=' + encodeURIComponent(lines.join('\r\n'));   // RFC 6068: CRLF
  }

  // Delivery failed: say what happened, keep every answer, and offer the same request by email.
  function undelivered(reason, r) {
    status('');
    errors.textContent = '';
    errors.hidden = false;
    var text = document.createElement('p');
    text.textContent = say(config.mailto ? 'notSentMail' : 'notSent', reason);
    errors.appendChild(text);
    if (config.mailto) {
      var a = document.createElement('a');
      a.id = 'mailto-fallback';
      a.href = mailto(r);
      a.textContent = say('sendByEmail', config.mailto);
      errors.appendChild(a);
    }
    errors.focus();
  }

  function status(message, link) {
    sent.textContent = message;
    if (link) {
      var a = document.createElement('a');
      a.id = 'mailto-composed';
      a.href = link;
      a.textContent = say('openAgain');
      sent.appendChild(document.createTextNode(' '));
      sent.appendChild(a);
    }
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    if (text('website')) {   // the honeypot: people never see it, bots fill it in
      status(say('thanks'));
      return;
    }
    var problems = validate();
    showProblems(problems);
    if (problems.length) { return; }
    var r = request();
    if (config.delivery === 'endpoint') {
      status(say('sending'));
      // A CORS-simple request (text/plain, no custom header) needs no preflight, which many form backends do not
      // answer; the body is the JSON of request.schema.json all the same.
      fetch(config.endpoint, {
        method: 'POST', headers: { 'Content-Type': 'text/plain;charset=UTF-8' }, body: JSON.stringify(r),
        credentials: 'omit', referrerPolicy: 'no-referrer'
      }).then(function (response) {
        if (!response.ok) {
          undelivered(say('httpError', response.status + (response.statusText ? ' ' + response.statusText : '')), r);
          return;
        }
        location.href = config.thanks;
      }, function () {
        undelivered(say('unreachable'), r);
      });
    } else {
      var link = mailto(r);
      status(say('mailOpened', config.mailto), link);
      location.href = link;
    }
  });
}());
