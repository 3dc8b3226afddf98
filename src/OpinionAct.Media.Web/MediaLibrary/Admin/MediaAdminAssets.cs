namespace OpinionAct.Media.Web.MediaLibrary.Admin;

/// <summary>
/// The media admin's own styles and scripts, written whole into its pages (the admin's CSP lets scripts run
/// only with the request's nonce). Every script only adds to a page that already works without it.
/// </summary>
internal static class MediaAdminAssets
{
    public const string StyleElement = "<style>" + Style + "</style>";

    private const string Style = """
        .media-grid{list-style:none;display:grid;grid-template-columns:repeat(auto-fill,minmax(10rem,1fr));gap:1rem;padding:0}
        .media-grid li{display:flex;flex-direction:column;gap:.25rem}.media-grid img{width:100%;height:auto;aspect-ratio:1;object-fit:cover;background:#eee;border:1px solid #ccc}
        .media-grid .name{display:block;overflow-wrap:anywhere}.media-grid .meta{font-size:.85rem;color:#444}
        .media-grid button{background:#fff;border:1px solid #ccc;padding:.25rem;color:inherit;text-align:left;cursor:pointer;width:100%}
        .dropzone{border:2px dashed #888;border-radius:6px;padding:1rem}.dropzone.over{border-color:#0b4f9c;background:#e3eefb}
        .progress-list{list-style:none;padding:0}.progress-list li{display:flex;flex-wrap:wrap;gap:.5rem;align-items:center}.progress-list li.error{color:#9b0019;font-weight:600}
        .focal{position:relative;display:inline-block;max-width:100%}.focal.active{cursor:crosshair}.focal img{display:block;max-width:100%;height:auto}
        .focal .marker{position:absolute;width:24px;height:24px;margin:-12px 0 0 -12px;border:3px solid #fff;border-radius:50%;box-shadow:0 0 0 2px #000;pointer-events:none}
        .media-picker-row{display:flex;gap:.5rem;align-items:center}.media-picker-row input{flex:1}.media-picker-thumb{width:64px;height:64px;object-fit:cover;border:1px solid #ccc}
        dialog#media-picker{width:min(60rem,95vw);max-height:90vh;overflow:auto}
        dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem}dl.facts dt{font-weight:700}dl.facts dd{margin:0;overflow-wrap:anywhere}
        """;

    // Drag-and-drop and the file input send one request per file (the same endpoint, answering JSON), so each
    // file gets its own progress bar and its own error; a file past the limit is refused before it is sent.
    public const string UploadScript = """
        (function () {
          var form = document.getElementById('media-upload');
          var input = document.getElementById('media-files');
          var drop = document.getElementById('media-drop');
          var list = document.getElementById('media-progress');
          if (!form || !input || !drop || !list || !window.FormData || !window.XMLHttpRequest) { return; }
          var max = Number(form.getAttribute('data-max'));
          var token = form.querySelector('input[type=hidden]');
          function send(files) {
            var pending = files.length, failed = 0;
            Array.prototype.forEach.call(files, function (file) {
              var item = document.createElement('li');
              var name = document.createElement('span');
              var bar = document.createElement('progress');
              var note = document.createElement('span');
              name.textContent = file.name; bar.max = 100; bar.value = 0;
              item.appendChild(name); item.appendChild(bar); item.appendChild(note); list.appendChild(item);
              function finish(ok, text) {
                note.textContent = text; item.className = ok ? 'ok' : 'error';
                if (!ok) { failed++; }
                if (--pending === 0 && failed === 0) { setTimeout(function () { location.reload(); }, 600); }
              }
              if (file.size > max) { finish(false, form.getAttribute('data-too-large')); return; }
              var data = new FormData();
              data.append(token.name, token.value);
              data.append('files', file, file.name);
              var xhr = new XMLHttpRequest();
              xhr.open('POST', form.action);
              xhr.setRequestHeader('Accept', 'application/json');
              xhr.upload.onprogress = function (e) { if (e.lengthComputable) { bar.value = Math.round(e.loaded * 100 / e.total); } };
              xhr.onload = function () {
                var body = null;
                try { body = JSON.parse(xhr.responseText); } catch (e) { body = null; }
                if (xhr.status === 200 && body) { bar.value = 100; finish(true, form.getAttribute('data-done')); }
                else if (body && body.errors && body.errors.length) { finish(false, body.errors[0].message); }
                else if (xhr.status === 413) { finish(false, form.getAttribute('data-too-large')); }
                else { finish(false, form.getAttribute('data-failed')); }
              };
              xhr.onerror = function () { finish(false, form.getAttribute('data-failed')); };
              xhr.send(data);
            });
          }
          form.addEventListener('submit', function (e) {
            if (input.files && input.files.length) { e.preventDefault(); send(input.files); input.value = ''; }
          });
          ['dragenter', 'dragover'].forEach(function (type) {
            drop.addEventListener(type, function (e) { e.preventDefault(); drop.classList.add('over'); });
          });
          ['dragleave', 'drop'].forEach(function (type) {
            drop.addEventListener(type, function () { drop.classList.remove('over'); });
          });
          drop.addEventListener('drop', function (e) {
            e.preventDefault();
            if (e.dataTransfer && e.dataTransfer.files.length) { send(e.dataTransfer.files); }
          });
        })();
        """;

    // Clicking the preview sets the focal point inputs (0..1 from the left and the top) and moves the marker.
    public const string FocalScript = """
        (function () {
          var box = document.getElementById('media-focal');
          var x = document.getElementById('FocalX');
          var y = document.getElementById('FocalY');
          if (!box || !x || !y) { return; }
          var marker = box.querySelector('.marker');
          box.classList.add('active');
          function show() {
            var fx = parseFloat(x.value.replace(',', '.')), fy = parseFloat(y.value.replace(',', '.'));
            if (isNaN(fx) || isNaN(fy)) { return; }
            marker.style.left = (Math.min(Math.max(fx, 0), 1) * 100) + '%';
            marker.style.top = (Math.min(Math.max(fy, 0), 1) * 100) + '%';
            marker.hidden = false;
          }
          box.addEventListener('click', function (e) {
            var rect = box.getBoundingClientRect();
            x.value = Math.min(Math.max((e.clientX - rect.left) / rect.width, 0), 1).toFixed(3);
            y.value = Math.min(Math.max((e.clientY - rect.top) / rect.height, 0), 1).toFixed(3);
            show();
          });
          x.addEventListener('input', show);
          y.addEventListener('input', show);
          show();
        })();
        """;

    // "Choose from library" and "Insert image" open one dialog that loads the picker grid; a choice fills the
    // field (media:<id>, with its thumbnail) or inserts ![alt](media:<id>) at the Markdown editor's cursor.
    public const string PickerScript = """
        (function () {
          var dialog = document.getElementById('media-picker');
          if (!dialog || typeof dialog.showModal !== 'function' || !window.fetch) { return; }
          var results = document.getElementById('media-picker-results');
          var search = document.getElementById('media-picker-q');
          var target = null, mode = 'field', timer = 0, sequence = 0;
          Array.prototype.forEach.call(document.querySelectorAll('[data-media-choose],[data-media-insert]'), function (b) { b.hidden = false; });
          document.addEventListener('click', function (e) {
            var opener = e.target.closest('[data-media-choose],[data-media-insert]');
            if (opener) {
              mode = opener.hasAttribute('data-media-insert') ? 'insert' : 'field';
              target = document.getElementById(opener.getAttribute(mode === 'insert' ? 'data-media-insert' : 'data-media-choose'));
              dialog.showModal(); load(); search.focus();
              return;
            }
            var choice = e.target.closest('#media-picker-results [data-media-ref]');
            if (choice && target) { pick(choice); dialog.close(); target.focus(); }
          });
          document.getElementById('media-picker-close').addEventListener('click', function () { dialog.close(); });
          search.addEventListener('input', function () { clearTimeout(timer); timer = setTimeout(load, 300); });
          function load() {
            var mine = ++sequence;
            fetch(dialog.getAttribute('data-url') + '?q=' + encodeURIComponent(search.value), { credentials: 'same-origin' })
              .then(function (response) { return response.ok && !response.redirected ? response.text() : null; })
              .then(function (html) { if (html !== null && mine === sequence) { results.innerHTML = html; } })
              .catch(function () { });
          }
          function pick(choice) {
            var ref = choice.getAttribute('data-media-ref');
            if (mode === 'insert') {
              var alt = (choice.getAttribute('data-alt') || '').replace(/[\[\]\\]/g, '\\$&');
              var text = '![' + alt + '](' + ref + ')';
              var start = target.selectionStart || 0, end = target.selectionEnd || start;
              target.value = target.value.slice(0, start) + text + target.value.slice(end);
              target.selectionStart = target.selectionEnd = start + text.length;
            } else {
              target.value = ref;
              var thumb = document.getElementById(target.id + '-thumb');
              if (thumb) { thumb.src = choice.getAttribute('data-thumb'); thumb.hidden = false; }
            }
            target.dispatchEvent(new Event('input', { bubbles: true }));
          }
        })();
        """;
}
