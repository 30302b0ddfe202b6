/*
 * The exercise page's editor: CodeMirror 5 made from the page's text area (which stays the form field: the editor
 * copies its code back on every change, and a change of the text area is what saves the draft). The editor captures
 * Tab for indenting, a known keyboard trap: pressing Esc and then Tab (or Shift+Tab) moves focus out of the editor to
 * the next (or previous) control, as the help text above the editor says. Also: focus moves to results when they
 * arrive, and the draft's saved time is shown.
 *
 * The draft is also kept in this browser (localStorage, per learner and exercise) from each change until the server
 * confirms it saved exactly that code: when a save fails (session ended, connection lost), the page restores the
 * browser's copy the next time it opens, and says so.
 */
var CodeRiseExercise = (function () {
    'use strict';
    var pending = null;
    var current = null;
    var pollTimer = null;
    var pollInFlight = false;

    function status() {
        return document.getElementById('draftStatus');
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

    /** The browser's copy from an earlier visit replaces the server's draft when they differ (a save was lost). */
    function restoreLocalCopy(cm) {
        var key = storageKey();
        var local = key ? withStorage(function (storage) { return storage.getItem(key); }) : null;
        if (local !== null && local !== cm.getValue()) {
            cm.setValue(local);
            announce(status().getAttribute('data-restored'));
        } else if (local !== null) {
            withStorage(function (storage) { storage.removeItem(key); });
        }
    }

    function keepLocalCopy(cm) {
        var key = storageKey();
        if (!key) {
            return;
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

    function trapTabUntilEscaped(cm) {
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
    }

    /** The text area's change event carries the draft's Ajax save (delayed, so typing sends one request). */
    function saveDraftOnChange(cm, textArea) {
        cm.on('change', function () {
            cm.save();
            textArea.dispatchEvent(new Event('change'));
        });
    }

    /** Makes the editor from the text area; without CodeMirror (scripts blocked) the text area is the editor. */
    function attach() {
        var textArea = document.getElementById('exerciseForm:editor');
        if (!textArea || !window.CodeMirror) {
            return null;
        }
        var cm = CodeMirror.fromTextArea(textArea, {
            mode: textArea.getAttribute('data-mode'), lineNumbers: true, matchBrackets: true, indentUnit: 4,
            tabSize: 4, lineWrapping: false,
            screenReaderLabel: textArea.labels.length ? textArea.labels[0].textContent : ''
        });
        trapTabUntilEscaped(cm);
        keepLocalCopy(cm);
        saveDraftOnChange(cm, textArea);
        return cm;
    }

    function pollButton() {
        return document.getElementById('exerciseForm:attemptPoll');
    }

    function startPolling() {
        if (pollTimer === null) {
            pollTimer = window.setInterval(function () {
                if (!pollInFlight && pollButton()) {
                    pollInFlight = true;
                    pollButton().click();
                }
            }, 1000);
        }
    }

    /** Whether an Ajax event (Faces' onevent) is the end of its request, well or badly. */
    function finished(data) {
        return data.status === 'success' || data.status === 'complete' && data.responseCode !== 200;
    }

    return {
        /**
         * Makes the editor, puts back the browser's copy and resumes polling for a waiting attempt. Called once this
         * object exists: the restored copy's draft save names its handlers here (CodeRiseExercise.onDraftSave).
         */
        start: function () {
            current = attach();
            if (current) {
                restoreLocalCopy(current);
            }
            if (pollButton() && pollButton().getAttribute('data-autostart') === 'true') {
                startPolling();
            }
        },
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
        /** Run and Submit save the draft too (the form field follows every change): expect their draftSaved(). */
        expectSaved: function () {
            pending = current ? current.getValue() : null;
        },
        /**
         * Submit is off while its request is on its way (a second click would only queue a second one); the answer
         * renders it again, and a failed request (connection lost) gives it back.
         */
        onSubmit: function (data) {
            if (data.status === 'begin') {
                data.source.disabled = true;
            } else if (finished(data) && data.status !== 'success') {
                data.source.disabled = false;
            }
        },
        /** Reset replaced the text area with the starter code: the browser's copy is stale, the editor is remade. */
        onReset: function (data) {
            if (data.status !== 'success') {
                return;
            }
            withStorage(function (storage) { storage.removeItem(storageKey()); });
            if (current) {
                current.getWrapperElement().remove();
            }
            current = attach();
        },
        startPolling: startPolling,
        stopPolling: function () {
            window.clearInterval(pollTimer);
            pollTimer = null;
        },
        onPoll: function (data) {
            if (finished(data)) {
                pollInFlight = false;
            }
        },
        /** The autosave is about to send the editor's code. */
        onDraftSave: function (data) {
            if (data.status === 'begin') {
                pending = current ? current.getValue() : null;
            }
        },
        /** The server saved the draft: the browser's copy goes if that was exactly the code in the editor. */
        draftSaved: function () {
            if (!current || pending !== current.getValue()) {
                return;
            }
            withStorage(function (storage) { storage.removeItem(storageKey()); });
            status().textContent = status().getAttribute('data-saved') + ' ' + new Date().toLocaleTimeString();
        }
    };
}());
CodeRiseExercise.start();
