// Ticking or clearing a facet box searches again at once, as a click on Search would (a GET of the page).
'use strict';
(function () {
  function start() {
    const form = document.getElementById('catalogueForm');
    if (form) {
      form.addEventListener('change', function (event) {
        if (event.target instanceof HTMLInputElement && event.target.type === 'checkbox') {
          form.submit();
        }
      });
    }
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
