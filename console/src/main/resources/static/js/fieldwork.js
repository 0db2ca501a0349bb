// The technician's visit on a phone: photos sent one by one with their progress (size and type checked before
// sending, the server's refusal shown otherwise), and more equipment rows when more devices were installed.
(function () {
  "use strict";

  var MAX_BYTES = 10 * 1024 * 1024;
  var TYPES = ["image/jpeg", "image/png", "image/webp", "image/heic", "image/heif"];

  function csrf(xhr) {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) { xhr.setRequestHeader(header.content, token.content); }
  }

  function upload(input, file) {
    var list = document.getElementById("uploads");
    var item = document.createElement("li");
    var label = document.createElement("span");
    var progress = document.createElement("progress");
    label.textContent = file.name + " ";
    progress.max = 100;
    progress.value = 0;
    progress.setAttribute("aria-label", file.name);
    item.appendChild(label);
    item.appendChild(progress);
    list.appendChild(item);

    function fail(message) {
      item.removeChild(progress);
      item.className = "field-error";
      label.textContent = file.name + ": " + message;
    }
    if (file.size > MAX_BYTES) { fail(input.dataset.tooBig); return; }
    if (file.type && TYPES.indexOf(file.type) < 0) { fail(input.dataset.wrongType); return; }

    var body = new FormData();
    body.append("file", file, file.name);
    var xhr = new XMLHttpRequest();
    xhr.open("POST", input.dataset.upload);
    xhr.setRequestHeader("Accept", "application/json");
    csrf(xhr);
    xhr.upload.addEventListener("progress", function (event) {
      if (event.lengthComputable) { progress.value = Math.round(event.loaded * 100 / event.total); }
    });
    xhr.addEventListener("load", function () {
      var answer = {};
      try { answer = JSON.parse(xhr.responseText); } catch (e) { /* not JSON: the session ended */ }
      if (xhr.status >= 200 && xhr.status < 300 && answer.id) {
        progress.value = 100;
        item.className = "uploaded";
        label.textContent = file.name + ": " + input.dataset.uploaded;
        var photos = document.getElementById("photo-list");
        var link = document.createElement("a");
        link.href = input.dataset.upload + "/" + answer.id;
        link.textContent = answer.fileName;
        var entry = document.createElement("li");
        entry.appendChild(link);
        photos.appendChild(entry);
      } else {
        fail(answer.message || input.dataset.failed);
      }
    });
    xhr.addEventListener("error", function () { fail(input.dataset.failed); });
    xhr.send(body);
  }

  var photo = document.getElementById("photo");
  if (photo) {
    photo.addEventListener("change", function () {
      Array.prototype.forEach.call(photo.files, function (file) { upload(photo, file); });
      photo.value = "";
    });
  }

  // another device: a copy of the last row, emptied and numbered on
  var add = document.getElementById("add-device");
  if (add) {
    add.addEventListener("click", function () {
      var rows = document.querySelectorAll("#equipment-rows .equipment-row");
      var last = rows[rows.length - 1];
      var copy = last.cloneNode(true);
      var index = rows.length;
      copy.querySelector("p.small").textContent = last.querySelector("p.small").textContent.replace(/\d+/, String(index + 1));
      copy.querySelectorAll(".field-error").forEach(function (e) { e.remove(); });
      copy.querySelectorAll(".field").forEach(function (f) { f.classList.remove("invalid"); });
      copy.querySelectorAll("input").forEach(function (field) {
        field.name = field.name.replace(/\[\d+\]/, "[" + index + "]");
        field.id = field.name;
        field.value = "";
        field.removeAttribute("aria-invalid");
      });
      copy.querySelectorAll("label").forEach(function (l) {
        l.htmlFor = l.htmlFor.replace(/\[\d+\]/, "[" + index + "]");
      });
      last.parentNode.appendChild(copy);
      copy.querySelector("input").focus();
    });
  }
})();
