// Saywho pages: small progressive enhancements. Every page works without this file.
(function () {
    'use strict';

    var KEY_STORAGE = 'saywho.apiKey';

    // API key fields: filled from this tab's session storage, remembered when their form is submitted.
    function rememberKeys() {
        var fields = document.querySelectorAll('input[data-remember-key]');
        Array.prototype.forEach.call(fields, function (field) {
            try {
                var stored = window.sessionStorage.getItem(KEY_STORAGE);
                if (stored && !field.value) {
                    field.value = stored;
                }
                field.form.addEventListener('submit', function () {
                    window.sessionStorage.setItem(KEY_STORAGE, field.value);
                });
            } catch (storageUnavailable) {
                // Private modes may refuse storage: the field simply stays empty.
            }
        });
    }

    // A PENDING article's page asks the API for its status and reloads once the attribution is in.
    function refreshWhenAttributed() {
        var page = document.querySelector('.article-page[data-status="PENDING"]');
        if (!page || !window.fetch) {
            return;
        }
        var url = '/api/v1/articles/' + encodeURIComponent(page.getAttribute('data-article-id'));
        var attempts = 0;
        var timer = window.setInterval(function () {
            attempts += 1;
            if (attempts > 200) {
                window.clearInterval(timer);
                return;
            }
            window.fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
                .then(function (response) { return response.ok ? response.json() : null; })
                .then(function (article) {
                    if (article && article.status !== 'PENDING') {
                        window.clearInterval(timer);
                        window.location.reload();
                    }
                })
                .catch(function () { /* the next tick tries again */ });
        }, 3000);
    }

    // A quotation opens its editor when clicked, or when Enter is pressed on it.
    function quotationsOpenTheirEditor() {
        var marks = document.querySelectorAll('.article-text mark.quote[data-quote]');
        Array.prototype.forEach.call(marks, function (mark) {
            function open() {
                if (window.getSelection && String(window.getSelection()).length > 0) {
                    return; // a selection is for adding a quotation
                }
                window.location.search = '?quote=' + encodeURIComponent(mark.getAttribute('data-quote'));
            }
            mark.addEventListener('click', open);
            mark.addEventListener('keydown', function (event) {
                if (event.key === 'Enter') {
                    open();
                }
            });
        });
        var editor = document.querySelector('.quote-editor[data-quote]');
        if (editor) {
            var selected = document.querySelectorAll('mark.quote[data-quote="' + editor.getAttribute('data-quote') + '"]');
            Array.prototype.forEach.call(selected, function (mark) { mark.classList.add('selected'); });
        }
    }

    // The text offset of a point in the article: each piece of text carries the offset where it starts.
    function offsetOf(node, offset) {
        var element = node.nodeType === 3 ? node.parentElement : node;
        var piece = element && element.closest('[data-start]');
        if (!piece || !piece.closest('.article-text')) {
            return null;
        }
        return parseInt(piece.getAttribute('data-start'), 10) + (node.nodeType === 3 ? offset : 0);
    }

    // Selecting words in the article fills the "add a quotation" form with their place.
    function selectionFillsAddForm() {
        var start = document.getElementById('add-start');
        var end = document.getElementById('add-end');
        var preview = document.getElementById('selection-preview');
        if (!start || !end || !window.getSelection) {
            return;
        }
        document.addEventListener('selectionchange', function () {
            var selection = window.getSelection();
            if (!selection || selection.rangeCount === 0 || selection.isCollapsed) {
                return;
            }
            var range = selection.getRangeAt(0);
            var from = offsetOf(range.startContainer, range.startOffset);
            var to = offsetOf(range.endContainer, range.endOffset);
            if (from === null || to === null || to <= from) {
                return;
            }
            start.value = from;
            end.value = to;
            preview.textContent = '“' + String(selection).trim() + '”';
            document.getElementById('add-quote').open = true;
        });
    }

    // Forms that undo a lot ask first.
    function confirmations() {
        var forms = document.querySelectorAll('form[data-confirm]');
        Array.prototype.forEach.call(forms, function (form) {
            form.addEventListener('submit', function (event) {
                if (!window.confirm(form.getAttribute('data-confirm'))) {
                    event.preventDefault();
                }
            });
        });
    }

    // The review queue: j/k (or the arrows) move between quotations, a accepts, x rejects, e opens the editor.
    function reviewKeys() {
        var items = document.querySelectorAll('li.review-item');
        if (items.length === 0) {
            return;
        }
        var current = Math.min(items.length - 1,
            Math.max(0, parseInt(document.querySelector('ol.review-queue').getAttribute('data-focus') || '0', 10)));
        function focus(index) {
            current = Math.max(0, Math.min(items.length - 1, index));
            Array.prototype.forEach.call(items, function (item, i) { item.classList.toggle('current', i === current); });
            items[current].focus();
        }
        focus(current);
        document.addEventListener('keydown', function (event) {
            var target = event.target;
            if (event.ctrlKey || event.metaKey || event.altKey
                || (target && (target.tagName === 'INPUT' || target.tagName === 'SELECT' || target.tagName === 'TEXTAREA'))) {
                return;
            }
            var item = items[current];
            var action = null;
            if (event.key === 'j' || event.key === 'ArrowDown') {
                focus(current + 1);
            } else if (event.key === 'k' || event.key === 'ArrowUp') {
                focus(current - 1);
            } else if (event.key === 'a') {
                action = item.querySelector('form.accept');
            } else if (event.key === 'x') {
                action = item.querySelector('form.reject');
            } else if (event.key === 'e') {
                window.location.href = item.querySelector('a.fix').href;
            } else {
                return;
            }
            event.preventDefault();
            if (action) {
                action.submit();
            }
        });
        Array.prototype.forEach.call(items, function (item, i) {
            item.addEventListener('focus', function () { current = i; focus(i); });
        });
    }

    rememberKeys();
    refreshWhenAttributed();
    quotationsOpenTheirEditor();
    selectionFillsAddForm();
    confirmations();
    reviewKeys();
}());
