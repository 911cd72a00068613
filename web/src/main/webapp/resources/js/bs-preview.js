// The Gregorian day beside a Bikram Sambat date field, worked out in the browser as one types, from Sachet's own
// table (/field/bs-calendar.js and /field/bs-date.js, which the offline field page uses too): no request to the
// server per keystroke on a slow link, and no PrimeFaces on the page for it. A field names its hint element in
// data-bs-preview and the folder of the two scripts in data-bs-scripts.
'use strict';
(function () {
  function load(src) {
    return new Promise(function (loaded, failed) {
      const script = document.createElement('script');
      script.src = src;
      script.onload = loaded;
      script.onerror = failed;
      document.head.appendChild(script);
    });
  }

  let ready = null;

  function whenReady(input) {
    if (!ready) {
      ready = self.SachetBs ? Promise.resolve()
        : load(input.dataset.bsScripts + 'bs-calendar.js').then(function () {
          return load(input.dataset.bsScripts + 'bs-date.js');
        });
    }
    return ready;
  }

  // one listener for the whole page: fields that an Ajax answer redraws are read as they are
  document.addEventListener('input', function (event) {
    const input = event.target;
    if (input instanceof HTMLInputElement && input.dataset.bsPreview) {
      whenReady(input).then(function () { show(input); });
    }
  });

  // a page shown again after a refused save holds what was typed, and its hint must say what that is
  function start() {
    const inputs = document.querySelectorAll('input[data-bs-preview]');
    if (inputs.length > 0) {
      whenReady(inputs[0]).then(function () { inputs.forEach(show); });
    }
  }

  const DIGITS = '०१२३४५६७८९';

  /** "15 Shrawan 2083 (31 Jul 2026)", or in Nepali "१५ साउन २०८३ (३१ जुलाई २०२६)", as the server writes it. */
  function words(date, input) {
    const nepali = document.documentElement.lang === 'ne';
    const digits = function (n) { return nepali ? String(n).replace(/[0-9]/g, function (d) { return DIGITS[d]; }) : String(n); };
    const bs = input.dataset.bsMonths.split(',');
    const ad = input.dataset.adMonths.split(',');
    return digits(date.day) + ' ' + bs[date.month - 1] + ' ' + digits(date.year) + ' (' + digits(+date.ad.slice(8, 10))
      + ' ' + ad[+date.ad.slice(5, 7) - 1] + ' ' + digits(date.ad.slice(0, 4)) + ')';
  }

  function show(input) {
    const hint = document.getElementById(input.dataset.bsPreview);
    if (!hint) {
      return;
    }
    const text = input.value.trim();
    const date = text ? self.SachetBs.parse(text) : null;
    hint.classList.toggle('error-text', text !== '' && !date);
    if (!text) {
      hint.textContent = '';
    } else if (!date) {
      hint.textContent = input.dataset.bsInvalid;
    } else {
      hint.textContent = words(date, input) + (date.projected ? ' · ' + input.dataset.bsProjected : '');
    }
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
