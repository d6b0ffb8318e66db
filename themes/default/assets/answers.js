// Searches the answer library as you type, in the page, with no request beyond the site's own prebuilt index
// (answers/search-index.json). Without JavaScript the page is the plain grouped list and the form stays hidden.
(function () {
  'use strict';
  var form = document.getElementById('answer-search');
  if (!form || !window.fetch) { return; }
  var input = document.getElementById('answer-query');
  var count = document.getElementById('answer-count');
  // "Showing {0} of {1} answers." in the page's language, from the build's message catalogue.
  var format = function (pattern) {
    var args = arguments;
    return pattern.replace(/\{(\d)\}/g, function (m, i) { return String(args[Number(i) + 1]); });
  };
  var articles = document.querySelectorAll('li[data-answer]');
  var sections = document.querySelectorAll('section.answer-domain');
  var WORD = /[\p{L}\p{N}][\p{L}\p{N}&.-]*[\p{L}\p{N}]|[\p{L}\p{N}]/gu;
  var index = null;
  var stop = {};

  // Without diacritics, as the build indexed the answers: an Arabic word is found with or without its vowel marks.
  function words(text) {
    return (text.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase().match(WORD) || [])
      .filter(function (w) { return !stop[w]; });
  }

  function apply() {
    var query = words(input.value);
    var shown = 0;
    articles.forEach(function (article) {
      var own = index[article.getAttribute('data-answer')] || [];
      // Every word of the query must begin a word of the question, its aliases or its questionnaire ids.
      var match = query.every(function (q) { return own.some(function (w) { return w.indexOf(q) === 0; }); });
      article.hidden = !match;
      if (match) { shown++; }
    });
    sections.forEach(function (section) { section.hidden = !section.querySelector('li[data-answer]:not([hidden])'); });
    count.textContent = query.length ? format(count.getAttribute('data-shown'), shown, articles.length) : '';
  }

  fetch(form.getAttribute('data-index'), { credentials: 'same-origin' })
    .then(function (response) { if (!response.ok) { throw new Error(response.status); } return response.json(); })
    .then(function (data) {
      index = {};
      data.stop_words.forEach(function (w) { stop[w] = true; });
      data.answers.forEach(function (a) { index[a.id] = a.words; });
      form.hidden = false;
      form.addEventListener('submit', function (e) { e.preventDefault(); });
      input.addEventListener('input', apply);
      if (input.value) { apply(); }
    })
    .catch(function () { /* no index (a page opened from disk): the full list stays, as without JavaScript */ });
}());
