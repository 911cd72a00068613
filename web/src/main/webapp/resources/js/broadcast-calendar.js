/* The broadcast calendar (radio/broadcasts.xhtml), called by PrimeFaces as the schedule's extender.
   - Its words come from the page (#calendarTexts, in the reader's language): FullCalendar has none in Nepali,
     and a locale registered under the reader's code makes the browser name days and months in it.
   - A phone's narrow screen starts on the week's list, where a month grid leaves no room for a slot's title. */
window.sachetBroadcastCalendar = function () {
    var options = this.cfg.options;
    var texts = document.getElementById('calendarTexts');
    if (texts) {
        var t = texts.dataset;
        var words = {prev: t.prev, next: t.next, today: t.today, month: t.month, week: t.week, list: t.list};
        options.locales = (options.locales || []).filter(function (l) { return l.code !== t.locale; })
            .concat([{code: t.locale, week: {dow: 0, doy: 6}, buttonText: words, noEventsText: t.none}]);
        options.locale = t.locale;
        options.buttonText = words;
        options.noEventsText = t.none;
        options.firstDay = 0;
    }
    if (window.matchMedia && window.matchMedia('(max-width: 40em)').matches) {
        options.initialView = 'listWeek';
    }
};
