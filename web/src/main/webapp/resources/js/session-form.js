// The session form shows the lesson field for a Sticks and Stones lesson and the episode field for a radio
// listening group, as the kind is chosen, without asking the server (no Ajax, no PrimeFaces on the page).
// Without this script both fields show; the server ignores the one the kind does not have.
'use strict';
(function () {
  function show(kindSelect) {
    const form = kindSelect.form;
    form.querySelectorAll('[data-for-kind]').forEach(function (field) {
      field.hidden = field.dataset.forKind !== kindSelect.value;
    });
  }

  function start() {
    const kind = document.querySelector('select[id$=":kind"]');
    if (kind) {
      show(kind);
      kind.addEventListener('change', function () { show(kind); });
    }
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
