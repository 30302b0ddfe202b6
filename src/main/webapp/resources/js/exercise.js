/*
 * The exercise page's editor behaviour. The editor captures Tab for indenting, a known keyboard trap: pressing Esc
 * and then Tab (or Shift+Tab) moves focus out of the editor to the next (or previous) control, as the help text
 * above the editor says. Also: focus moves to results when they arrive, and the draft's saved time is shown.
 *
 * The draft is also kept in this browser (localStorage, per learner and exercise) from each change until the server
 * confirms it saved exactly that code: when a save fails (session ended, connection lost), the page restores the
 * browser's copy the next time it opens, and says so.
 */
var CodeRiseExercise = (function () {
    'use strict';
    var pending = null;

    function status() {
        return document.getElementById('draftStatus');
    }

    function editor() {
        var element = document.querySelector('.CodeMirror');
        return element ? element.CodeMirror : null;
    }

    function storageKey() {
        return status() ? status().getAttribute('data-key') : null;
    }

    function announce(text) {
        document.getElementById('exerciseAnnouncer').textContent = text;
    }

    /** localStorage can be disabled or full: then the draft lives on the server only, as before, and null comes back. */
    function withStorage(action) {
        try {
            return action(window.localStorage);
        } catch (e) {
            console.warn('CodeRise: the draft cannot be kept in this browser', e);
            return null;
        }
    }

    /** Runs once the editor exists, after PrimeFaces has wired its change event (which saves the draft). */
    function restoreLocalCopy(cm) {
        var key = storageKey();
        if (!key) {
            return;
        }
        var local = withStorage(function (storage) { return storage.getItem(key); });
        if (local !== null && local !== cm.getValue()) {
            cm.setValue(local);
            announce(status().getAttribute('data-restored'));
        } else if (local !== null) {
            withStorage(function (storage) { storage.removeItem(key); });
        }
        cm.on('change', function (instance) {
            if (withStorage(function (storage) { storage.setItem(key, instance.getValue()); return true; })) {
                status().textContent = status().getAttribute('data-local');
            }
        });
    }

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
            window.setTimeout(function () { restoreLocalCopy(cm); }, 0);
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
        announce: announce,
        /** The autosave is about to send the editor's code. */
        saving: function () {
            pending = editor() ? editor().getValue() : null;
        },
        /** The autosave answered: the browser's copy goes once the server has saved exactly the code in the editor. */
        draftSaved: function (args) {
            var cm = editor();
            if (!args || !args.draftSaved || !cm || pending !== cm.getValue()) {
                return;
            }
            withStorage(function (storage) { storage.removeItem(storageKey()); });
            status().textContent = status().getAttribute('data-saved') + ' ' + new Date().toLocaleTimeString();
        }
    };
}());
