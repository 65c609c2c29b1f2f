// Progressive enhancement for the practice page: it all works without this file.
// - Space shows a flashcard's answer in place; 1-4 grade it or pick an option; Enter goes on after feedback.
// - After htmx swaps in the next card or the feedback, focus moves to its heading and the verdict is announced.
// Shortcuts are off when the student turned them off (data-shortcuts="off"), and never fire while typing.
(function () {
  'use strict';

  function practice() { return document.getElementById('practice'); }

  function shortcutsOn() {
    var p = practice();
    return p && p.dataset.shortcuts === 'on';
  }

  function typing(target) {
    var tag = target && target.tagName;
    return tag === 'INPUT' && target.type === 'text' || tag === 'TEXTAREA' || tag === 'SELECT'
      || (target && target.isContentEditable);
  }

  function reveal() {
    var back = document.getElementById('back');
    var button = document.getElementById('reveal');
    if (!back || !back.hidden) { return false; }
    back.hidden = false;
    if (button) { button.parentNode.removeChild(button); }
    var first = back.querySelector('button[data-key="3"]') || back.querySelector('button');
    if (first) { first.focus(); }
    return true;
  }

  document.addEventListener('click', function (event) {
    var link = event.target.closest && event.target.closest('#reveal');
    if (link && reveal()) { event.preventDefault(); }
  });

  // the key hints describe what this script does: show them only when it runs
  function showKeyHints() {
    var hints = document.querySelectorAll('.keys[hidden]');
    for (var i = 0; i < hints.length; i++) { hints[i].hidden = false; }
  }
  document.addEventListener('DOMContentLoaded', showKeyHints);
  document.addEventListener('htmx:afterSwap', showKeyHints);

  document.addEventListener('keydown', function (event) {
    // Enter on an order position submits the answer, as Enter does in a text field
    if (event.key === 'Enter' && event.target.classList && event.target.classList.contains('position')) {
      event.preventDefault();
      event.target.form.requestSubmit();
      return;
    }
    if (!shortcutsOn() || event.altKey || event.ctrlKey || event.metaKey || typing(event.target)) { return; }
    var p = practice();
    var mode = p.dataset.mode;
    if (event.key === ' ' && mode === 'flashcard') {
      if (reveal()) { event.preventDefault(); }
      return;
    }
    if (/^[1-9]$/.test(event.key)) {
      var target = p.querySelector('[data-key="' + event.key + '"]');
      if (!target) { return; }
      if (mode === 'flashcard') {
        var back = document.getElementById('back');
        if (back && back.hidden) { return; }
        event.preventDefault();
        target.click();
      } else if (target.type === 'radio') {
        event.preventDefault();
        target.checked = true;
        target.focus();
        target.form.requestSubmit();
      }
    }
  });

  // After htmx replaces the practice area: move focus to the new heading and announce the verdict.
  document.addEventListener('htmx:afterSwap', function () {
    var p = practice();
    if (!p) { return; }
    var heading = p.querySelector('h1');
    var announcer = document.getElementById('announcer');
    if (announcer && heading) { announcer.textContent = heading.textContent.trim(); }
    var preferred = p.querySelector('[autofocus]') || heading;
    if (preferred) { preferred.focus(); }
    window.scrollTo(0, 0);
  });
}());
