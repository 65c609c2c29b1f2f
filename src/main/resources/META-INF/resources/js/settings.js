// Until a student saves their settings, preselect the browser's time zone (if the list has it) and say so.
(function () {
  'use strict';
  document.addEventListener('DOMContentLoaded', function () {
    var select = document.getElementById('timeZone');
    if (!select || select.dataset.guess !== 'on' || !window.Intl) { return; }
    var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    for (var i = 0; i < select.options.length; i++) {
      if (select.options[i].value === zone) {
        select.selectedIndex = i;
        document.getElementById('timeZone-guess').hidden = false;
        return;
      }
    }
  });
}());
