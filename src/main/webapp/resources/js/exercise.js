/*
 * The exercise page's editor behaviour. The editor captures Tab for indenting, a known keyboard trap: pressing Esc
 * and then Tab (or Shift+Tab) moves focus out of the editor to the next (or previous) control, as the help text
 * above the editor says. Also: focus moves to results when they arrive, and the draft's saved time is shown.
 */
var CodeRiseExercise = (function () {
    'use strict';

    function focusables() {
        return Array.prototype.filter.call(document.querySelectorAll(
                'a[href], button:not([disabled]), input:not([disabled]):not([type=hidden]), select, textarea, [tabindex]'),
            function (el) { return el.tabIndex >= 0 && el.offsetParent !== null; });
    }

    function leaveEditor(cm, direction) {
        var wrapper = cm.getWrapperElement();
        var all = focusables().filter(function (el) { return !wrapper.contains(el) || el === cm.getInputField(); });
        var at = all.indexOf(cm.getInputField());
        var target = all[at + direction];
        if (target) {
            target.focus();
        }
    }

    if (window.CodeMirror) {
        CodeMirror.defineInitHook(function (cm) {
            var escaped = false;
            cm.addKeyMap({
                'Esc': function () { escaped = true; },
                'Tab': function (editor) {
                    if (escaped) {
                        escaped = false;
                        leaveEditor(editor, 1);
                    } else {
                        editor.execCommand(editor.somethingSelected() ? 'indentMore' : 'insertSoftTab');
                    }
                },
                'Shift-Tab': function (editor) {
                    if (escaped) {
                        escaped = false;
                        leaveEditor(editor, -1);
                    } else {
                        editor.execCommand('indentLess');
                    }
                }
            });
            cm.on('keydown', function (editor, event) {
                if (event.key !== 'Escape' && event.key !== 'Tab' && event.key !== 'Shift') {
                    escaped = false;
                }
            });
        });
    }

    return {
        /** Moves focus to the heading of a result panel ('runResult' or 'attemptResult') once it is rendered. */
        focusResult: function (id) {
            window.setTimeout(function () {
                var heading = document.getElementById(id + 'Heading') || document.getElementById('attemptFailedHeading');
                if (heading) {
                    heading.focus();
                }
            }, 50);
        },
        announce: function (text) {
            document.getElementById('exerciseAnnouncer').textContent = text;
        },
        draftSaved: function () {
            var status = document.getElementById('draftStatus');
            if (status) {
                status.textContent = status.getAttribute('data-saved') + ' ' + new Date().toLocaleTimeString();
            }
        }
    };
}());
