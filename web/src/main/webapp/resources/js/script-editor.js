// The script editor's character picker: a button (or Alt+1..9 for the series' first nine characters) starts a
// cue at the caret, on a line of its own; "New scene" starts the next numbered scene heading.
(function () {
    'use strict';
    var text = document.getElementById('script:text');
    if (!text) {
        return;
    }
    var buttons = Array.prototype.slice.call(document.querySelectorAll('#characterPicker .cue-button'));
    var nepaliDigits = '०१२३४५६७८९';

    function nextSceneNumber(word) {
        var headings = text.value.match(/^\s*(SCENE|Scene|scene|दृश्य)\s*[0-9०-९]*\s*[:.\-–]/gm);
        var number = String((headings ? headings.length : 0) + 1);
        return word === 'दृश्य' ? number.replace(/[0-9]/g, function (d) { return nepaliDigits[d]; }) : number;
    }

    function insert(button) {
        var start = text.selectionStart;
        var end = text.selectionEnd;
        var value = text.value;
        var lineStart = value.lastIndexOf('\n', start - 1) + 1;
        var cue = button.getAttribute('data-cue');
        var prefix = value.slice(lineStart, start).trim() === '' ? '' : '\n';
        if (button.getAttribute('data-scene')) {
            var word = cue.split(' ')[0];
            cue = word + ' ' + nextSceneNumber(word) + ': ';
            if (start > 0 && value.slice(0, start).trim() !== '') {
                prefix = value.slice(Math.max(0, start - 2), start) === '\n\n' ? '' : (prefix ? '\n\n' : '\n');
            }
        }
        text.setRangeText(prefix + cue, start, end, 'end');
        text.focus();
    }

    // a problem's line number selects that line in the editor
    Array.prototype.forEach.call(document.querySelectorAll('a.go-to-line'), function (link) {
        link.addEventListener('click', function (event) {
            event.preventDefault();
            var lines = text.value.split('\n');
            var wanted = Math.min(Number(link.getAttribute('data-line')), lines.length);
            var start = 0;
            for (var i = 0; i < wanted - 1; i++) {
                start += lines[i].length + 1;
            }
            text.focus();
            text.setSelectionRange(start, start + lines[wanted - 1].length);
            var lineHeight = text.scrollHeight / Math.max(lines.length, 1);
            text.scrollTop = Math.max(0, (wanted - 3) * lineHeight);
        });
    });

    buttons.forEach(function (button) {
        button.addEventListener('click', function () {
            insert(button);
        });
    });
    text.addEventListener('keydown', function (event) {
        var match = /^Digit([1-9])$/.exec(event.code || '');
        if (event.altKey && !event.ctrlKey && !event.metaKey && match) {
            var button = buttons[Number(match[1]) - 1];
            if (button && !button.getAttribute('data-scene') && button.title) {
                event.preventDefault();
                insert(button);
            }
        }
    });
})();
