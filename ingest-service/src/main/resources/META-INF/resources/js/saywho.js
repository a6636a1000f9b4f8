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

    rememberKeys();
    refreshWhenAttributed();
}());
