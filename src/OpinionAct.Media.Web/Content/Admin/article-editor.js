// The article editor's enhancements. Without this script the form still does everything (Preview, Add and Remove
// are ordinary buttons and boxes handled by the server); with it:
// - the preview frame and the side panel (address, words, reading time, search and social previews) follow the typing;
// - source and correction rows are added and removed in place;
// - a draft saves itself a few seconds after typing stops (never a published, scheduled or archived article),
//   carrying the revision it started from, so someone else's save is reported rather than overwritten;
// - leaving the page with changes not yet saved asks first.
(function () {
  'use strict';
  var form = document.getElementById('article-form');
  if (!form || !window.fetch || !window.URLSearchParams || !window.FormData) { return; }
  var frame = document.getElementById('preview-frame');
  var status = document.getElementById('autosave-status');
  var facts = document.querySelector('.facts');
  var base = form.elements.namedItem('BaseRevision');
  var autosaveUrl = form.getAttribute('data-autosave-url');
  var changes = 0;
  var savedChanges = 0;
  var saving = false;
  var stopped = false;
  var previewTimer = 0;
  var saveTimer = 0;
  var previewSequence = 0;
  // The server's rule (PlainText.CountWords): letters, marks and digits, joined by apostrophes and hyphens,
  // so « l'énergie », "aujourd’hui" and "peut-être" are one word each.
  var wordPattern = /[\p{L}\p{M}\p{N}]+(?:['’\-‐‑][\p{L}\p{M}\p{N}]+)*/gu;

  function value(name) {
    var element = form.elements.namedItem(name);
    return element && typeof element.value === 'string' ? element.value.trim() : '';
  }

  function fields() {
    var data = new URLSearchParams();
    new FormData(form).forEach(function (item, key) {
      if (typeof item === 'string' && key !== 'action') { data.append(key, item); }
    });
    return data;
  }

  function post(url) {
    var headers = { 'Content-Type': 'application/x-www-form-urlencoded', 'X-Requested-With': 'XMLHttpRequest' };
    var header = form.getAttribute('data-header');
    if (header) { headers[header] = form.getAttribute('data-token'); }
    return fetch(url, { method: 'POST', credentials: 'same-origin', headers: headers, body: fields() });
  }

  function format(template, number) { return (template || '{0}').replace('{0}', String(number)); }

  // Slugs.From on the server: accents folded, lowercase ASCII letters and digits, hyphens between words, 80 at most.
  function slug(text) {
    var folded = text.replace(/[œŒ]/g, 'oe').replace(/[æÆ]/g, 'ae').replace(/ß/g, 'ss').normalize('NFD').replace(/\p{Mn}/gu, '');
    var words = folded.split(/[^A-Za-z0-9]+/).filter(function (w) { return w.length > 0; });
    return words.join('-').toLowerCase().slice(0, 80).replace(/-+$/, '');
  }

  // The Markdown's words without the markup: link and image targets, HTML tags and code fences' markers go.
  function countWords(markdown) {
    var text = markdown
      .replace(/!\[([^\]]*)\]\([^)]*\)/g, ' ')
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/<[^>]+>/g, ' ')
      .replace(/```[^\n]*/g, ' ');
    var found = text.match(wordPattern);
    return found ? found.length : 0;
  }

  function showWords(words) {
    if (!facts) { return; }
    var minutes = words === 0 ? 0 : Math.max(1, Math.ceil(words / 220));
    setText('fact-words', format(facts.getAttribute('data-words'), words));
    setText('fact-minutes', format(facts.getAttribute('data-minutes'), minutes));
  }

  function setText(id, text) {
    var element = document.getElementById(id);
    if (element) { element.textContent = text; }
  }

  function shorten(text, max) { return text.length <= max ? text : text.slice(0, max - 1).trimEnd() + '…'; }

  function updateFacts() {
    if (!facts) { return; }
    var url = facts.getAttribute('data-home') + (value('Path').replace(/^\/+|\/+$/g, '') || slug(value('Title')));
    var title = value('SeoTitle') || value('Title');
    var description = value('SeoDescription') || value('Dek');
    setText('fact-url', url);
    setText('serp-url', url);
    setText('serp-title', title + ' · ' + facts.getAttribute('data-site'));
    setText('serp-desc', shorten(description, 160));
    setText('card-title', title);
    setText('card-desc', shorten(description, 200));
    var cover = value('CoverImage');
    var image = document.getElementById('card-image');
    if (image) {
      var direct = /^(https:\/\/|\/)[^"'()\\\s]+$/.test(cover);
      image.style.backgroundImage = direct ? 'url("' + cover + '")' : '';
    }
    showWords(countWords(form.elements.namedItem('Body') ? form.elements.namedItem('Body').value : ''));
  }

  function preview() {
    if (!frame) { return; }
    var mine = ++previewSequence;
    post(form.getAttribute('data-preview-url'))
      .then(function (response) {
        if (!response.ok || response.redirected) { return null; }
        var words = response.headers.get('X-Media-Words');
        return response.text().then(function (html) { return { html: html, words: words }; });
      })
      .then(function (result) {
        if (!result || mine !== previewSequence) { return; }
        var scroll = 0;
        try { scroll = frame.contentWindow.scrollY; } catch (e) { scroll = 0; }
        frame.addEventListener('load', function restore() {
          frame.removeEventListener('load', restore);
          try { frame.contentWindow.scrollTo(0, scroll); } catch (e) { /* another origin: start at the top */ }
        });
        frame.srcdoc = result.html;
        if (result.words !== null) { showWords(parseInt(result.words, 10) || 0); }
      })
      .catch(function () { });
  }

  function autosave() {
    if (!autosaveUrl || stopped || changes === savedChanges) { return; }
    if (saving) { schedule(); return; }
    saving = true;
    var sent = changes;
    post(autosaveUrl)
      .then(function (response) {
        if (response.redirected) { throw new Error('signed out'); }
        return response.json();
      })
      .then(function (answer) {
        saving = false;
        if (answer.message) { status.textContent = answer.message; }
        if (answer.saved || answer.reason === 'unchanged') {
          if (base && answer.revision) { base.value = String(answer.revision); }
          savedChanges = sent;
        } else if (answer.reason === 'conflict' || answer.reason === 'not-a-draft' || answer.reason === 'no-base') {
          // Someone else saved: stop, and let the Save button show the conflict with the choice to overwrite.
          stopped = true;
        }
      })
      .catch(function () {
        saving = false;
        status.textContent = form.getAttribute('data-autosave-failed') || '';
      });
  }

  function schedule() {
    clearTimeout(saveTimer);
    saveTimer = setTimeout(autosave, 3000);
  }

  function changed() {
    changes++;
    updateFacts();
    clearTimeout(previewTimer);
    previewTimer = setTimeout(preview, 700);
    schedule();
  }

  function renumber(container) {
    container.querySelectorAll('[data-row] > legend').forEach(function (legend, i) {
      legend.textContent = legend.textContent.replace(/\d+\s*$/, String(i + 1));
    });
  }

  function removeButton(row) {
    var box = row.querySelector('.row-remove');
    if (!box) { return; }
    var label = box.querySelector('label');
    box.hidden = true;
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'secondary';
    button.setAttribute('data-remove-row', '');
    button.textContent = label ? label.textContent : '×';
    box.parentNode.insertBefore(button, box);
  }

  function addRow(prefix) {
    var container = form.querySelector('[data-rows="' + prefix + '"]');
    if (!container) { return; }
    var rows = container.querySelectorAll('[data-row]');
    var template = rows[rows.length - 1];
    var next = 0;
    container.querySelectorAll('[name^="' + prefix + '["]').forEach(function (input) {
      var index = parseInt(input.name.slice(prefix.length + 1), 10);
      if (index >= next) { next = index + 1; }
    });
    var row = template.cloneNode(true);
    row.querySelectorAll('.field-error').forEach(function (error) { error.remove(); });
    row.querySelectorAll('*').forEach(function (element) {
      ['name', 'id', 'for', 'aria-describedby'].forEach(function (attribute) {
        var current = element.getAttribute(attribute);
        if (current) {
          element.setAttribute(attribute, current
            .replace(new RegExp(prefix + '\\[\\d+\\]', 'g'), prefix + '[' + next + ']')
            .replace(new RegExp(prefix + '-\\d+-', 'g'), prefix + '-' + next + '-'));
        }
      });
      element.removeAttribute('aria-invalid');
      if (element.type === 'checkbox') { element.checked = false; } else if ('value' in element && element.tagName !== 'BUTTON') { element.value = ''; }
    });
    container.appendChild(row);
    renumber(container);
    var first = row.querySelector('input, textarea');
    if (first) { first.focus(); }
  }

  function removeRow(row) {
    var container = row.parentNode;
    if (container.querySelectorAll('[data-row]').length <= 1) {
      // The last row stays, emptied: an empty row is ignored on save.
      row.querySelectorAll('input, textarea').forEach(function (input) { if (input.type !== 'checkbox') { input.value = ''; } });
    } else {
      row.remove();
      renumber(container);
    }
    changed();
  }

  form.querySelectorAll('[data-row]').forEach(removeButton);
  form.addEventListener('click', function (event) {
    var add = event.target.closest('[data-add-row]');
    if (add) {
      event.preventDefault();
      addRow(add.getAttribute('data-add-row'));
      return;
    }
    var remove = event.target.closest('[data-remove-row]');
    if (remove) {
      event.preventDefault();
      removeRow(remove.closest('[data-row]'));
    }
  });
  form.addEventListener('input', changed);
  form.addEventListener('change', changed);
  form.addEventListener('submit', function (event) {
    if (event.submitter && event.submitter.value === 'preview') {
      event.preventDefault();
      preview();
      return;
    }
    // The form is being sent: whatever the answer, nothing typed is lost.
    savedChanges = changes;
    clearTimeout(saveTimer);
  });
  window.addEventListener('beforeunload', function (event) {
    if (changes !== savedChanges) {
      event.preventDefault();
      event.returnValue = form.getAttribute('data-leave') || '';
    }
  });
  updateFacts();
  // A read-only form (disabled fieldsets) posts nothing: its frame already shows the article as it stands.
  if (frame && !form.querySelector('fieldset[disabled]') && value('Title') + value('Body') !== '' && !frame.getAttribute('data-filled')) { preview(); }
})();
