// Bikram Sambat dates in the browser, with no server: parses what a person types ("2083-08-17", "२०८३/८/१७")
// and gives the Gregorian day, and the other way, from Sachet's table (bs-calendar.js, SachetBsTable). Used by
// the offline field page.
'use strict';
(function (table) {
  const DIGITS = '०१२३४५६७८९';
  const DAY = 86400000;
  const ascii = text => String(text).replace(/[०-९]/g, d => String(DIGITS.indexOf(d)));
  const pad = n => String(n).padStart(2, '0');
  const anchor = Date.UTC(+table.anchor.slice(0, 4), +table.anchor.slice(5, 7) - 1, +table.anchor.slice(8, 10));
  const yearLength = row => row.reduce((a, b) => a + b, 0);

  /** A BS date from text, or null when it is not one the table holds. */
  function parse(text) {
    const m = /^\s*(\d{4})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})\s*$/.exec(ascii(text));
    if (!m) {
      return null;
    }
    const year = +m[1];
    const month = +m[2];
    const day = +m[3];
    const row = table.months[year - table.firstYear];
    if (!row || month < 1 || month > 12 || day < 1 || day > row[month - 1]) {
      return null;
    }
    let days = day - 1;
    for (let y = table.firstYear; y < year; y++) {
      days += yearLength(table.months[y - table.firstYear]);
    }
    for (let i = 0; i < month - 1; i++) {
      days += row[i];
    }
    return {year, month, day, ad: new Date(anchor + days * DAY).toISOString().slice(0, 10),
      projected: year > table.lastPublishedYear};
  }

  /** The BS date of a Gregorian day ("2026-12-03"), or null outside the table. */
  function fromAd(iso) {
    let days = Math.round((Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) - anchor) / DAY);
    if (!(days >= 0)) {
      return null;
    }
    for (let y = 0; y < table.months.length; y++) {
      const row = table.months[y];
      if (days >= yearLength(row)) {
        days -= yearLength(row);
        continue;
      }
      for (let month = 0; month < 12; month++) {
        if (days < row[month]) {
          const year = table.firstYear + y;
          return {year, month: month + 1, day: days + 1, ad: iso, projected: year > table.lastPublishedYear};
        }
        days -= row[month];
      }
    }
    return null;
  }

  /** "2083-08-17", in Devanagari digits for Nepali. */
  function format(date, nepali) {
    const text = date.year + '-' + pad(date.month) + '-' + pad(date.day);
    return nepali ? text.replace(/[0-9]/g, d => DIGITS[d]) : text;
  }

  self.SachetBs = {parse, fromAd, format};
})(self.SachetBsTable);
