// ISPFlow console: small progressive enhancements. Pages work without this file; no inline scripts (CSP).
(function () {
  "use strict";

  // htmx requests that change something carry the CSRF token from the page's meta tags
  document.addEventListener("htmx:configRequest", function (event) {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header && event.detail.verb !== "get") {
      event.detail.headers[header.content] = token.content;
    }
  });

  // a form submitted once stays submitted: a double click sends nothing twice (the server's idempotency key
  // covers what gets through anyway)
  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (form.dataset.submitted === "true") {
      event.preventDefault();
      return;
    }
    form.dataset.submitted = "true";
    form.querySelectorAll("button[data-once]").forEach(function (button) {
      button.setAttribute("aria-disabled", "true");
      button.classList.add("busy");
    });
    if (form.dataset.keep) {
      try { sessionStorage.setItem("submitted:" + form.dataset.keep, "1"); } catch (e) { /* private mode */ }
    }
  }, true);

  // "radio shows its part": sections marked data-when="name=value" show only while that radio is chosen
  function applyToggles() {
    document.querySelectorAll("[data-when]").forEach(function (section) {
      var parts = section.dataset.when.split("=");
      var chosen = document.querySelector('input[type="radio"][name="' + parts[0] + '"]:checked');
      var visible = chosen && chosen.value === parts[1];
      section.hidden = !visible;
      section.querySelectorAll("input, select, textarea").forEach(function (field) { field.disabled = !visible; });
    });
  }
  document.addEventListener("change", function (event) {
    if (event.target.matches && event.target.matches("input[type=radio][data-toggles]")) {
      applyToggles();
    }
  });

  // nothing typed is lost: forms marked data-keep save what is typed in this tab, and a page that comes back
  // empty (a session that ended, a reload) offers it again
  function keepDrafts() {
    document.querySelectorAll("form[data-keep]").forEach(function (form) {
      var key = "draft:" + form.dataset.keep;
      var submittedKey = "submitted:" + form.dataset.keep;
      var store;
      try { store = window.sessionStorage; } catch (e) { return; }
      if (store.getItem(submittedKey) && !document.querySelector(".alert.error")) {
        // the last submission of this form went through: its draft is done
        store.removeItem(key);
      }
      store.removeItem(submittedKey);
      var saved = store.getItem(key);
      if (saved && !document.querySelector(".alert.error")) {
        try {
          var values = JSON.parse(saved);
          Object.keys(values).forEach(function (name) {
            var field = form.elements.namedItem(name);
            if (field && field.type !== "hidden" && field.type !== "radio" && field.type !== "checkbox" && !field.value) {
              field.value = values[name];
            }
          });
        } catch (e) { store.removeItem(key); }
      }
      form.addEventListener("input", function () {
        var values = {};
        Array.prototype.forEach.call(form.elements, function (field) {
          if (field.name && field.type !== "hidden" && field.type !== "password" && field.type !== "radio"
              && field.type !== "checkbox" && field.value) {
            values[field.name] = field.value;
          }
        });
        store.setItem(key, JSON.stringify(values));
      });
    });
  }

  // location pickers: a click on the map sets the latitude and longitude fields (and typing them moves the marker)
  function mapPickers() {
    if (typeof L === "undefined") {
      return;
    }
    document.querySelectorAll("[data-map-picker]").forEach(function (element) {
      if (element.dataset.ready) {
        return;
      }
      element.dataset.ready = "true";
      var lat = document.getElementById(element.dataset.lat);
      var lng = document.getElementById(element.dataset.lng);
      var start = lat && lat.value && lng && lng.value ? [parseFloat(lat.value), parseFloat(lng.value)] : [-34.6037, -58.3816];
      var map = L.map(element).setView(start, lat && lat.value ? 16 : 11);
      L.tileLayer(element.dataset.tiles, { maxZoom: 19, attribution: "&copy; OpenStreetMap" }).addTo(map);
      var marker = lat && lat.value ? L.marker(start).addTo(map) : null;
      map.on("click", function (event) {
        var point = event.latlng;
        if (marker) { marker.setLatLng(point); } else { marker = L.marker(point).addTo(map); }
        if (lat) { lat.value = point.lat.toFixed(6); lat.dispatchEvent(new Event("input", { bubbles: true })); }
        if (lng) { lng.value = point.lng.toFixed(6); lng.dispatchEvent(new Event("input", { bubbles: true })); }
      });
    });
  }

  // "select all" checkboxes (the grid's bulk actions) mark every row's box of that name
  document.addEventListener("change", function (event) {
    var all = event.target;
    if (all.matches && all.matches("input[data-select-all]")) {
      document.querySelectorAll('input[type=checkbox][name="' + all.dataset.selectAll + '"]').forEach(function (box) {
        box.checked = all.checked;
      });
    }
  });

  // live sections read their page again (hx-select): an answer without the section (the sign-in page after the
  // session ended, an error page) leaves the page as it was instead of emptying it
  document.addEventListener("htmx:beforeSwap", function (event) {
    var select = event.detail.requestConfig && event.detail.requestConfig.elt.getAttribute("hx-select");
    if (select && select.charAt(0) === "#" && event.detail.serverResponse.indexOf('id="' + select.slice(1) + '"') < 0) {
      event.detail.shouldSwap = false;
    }
  });

  function ready() {
    applyToggles();
    keepDrafts();
    mapPickers();
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", ready);
  } else {
    ready();
  }
  document.addEventListener("htmx:afterSettle", function () { applyToggles(); mapPickers(); });
})();
