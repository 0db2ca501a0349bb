// The planning page: FullCalendar's time grid (MIT parts only) beside the unscheduled column. Every change is sent
// to the console with the order's version; a refusal puts the card or the visit back and says why.
(function () {
  "use strict";

  var element = document.getElementById("calendar");
  if (!element || typeof FullCalendar === "undefined") {
    return;
  }
  var data = element.dataset;
  var status = document.getElementById("planning-status");
  var technicianSelect = document.getElementById("cal-technician");
  var column = document.getElementById("unscheduled");
  var cards = document.getElementById("unscheduled-cards");
  var dialog = document.getElementById("override-dialog");
  var dragging = false;

  // colours come as data attributes (no inline styles under the CSP) and are set here through the CSSOM
  document.querySelectorAll("[data-colour]").forEach(function (el) {
    if (el.classList.contains("swatch")) { el.style.backgroundColor = el.dataset.colour; }
  });

  function say(message, bad) {
    status.textContent = message;
    status.className = "planning-status " + (bad ? "alert error" : "alert success");
    status.setAttribute("role", bad ? "alert" : "status");
  }

  function csrf() {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    var headers = { "Content-Type": "application/x-www-form-urlencoded", "Accept": "application/json" };
    if (token && header) { headers[header.content] = token.content; }
    return headers;
  }

  function post(path, fields) {
    var body = new URLSearchParams();
    Object.keys(fields).forEach(function (name) {
      if (fields[name] !== undefined && fields[name] !== null) { body.append(name, fields[name]); }
    });
    return fetch(data.schedule + path, { method: "POST", headers: csrf(), body: body, credentials: "same-origin" })
      .then(function (response) {
        if (response.redirected || (response.headers.get("Content-Type") || "").indexOf("json") < 0) {
          // the session ended: the sign-in page came back instead of an answer
          return { ok: false, answer: { message: data.failed } };
        }
        return response.json().then(function (answer) { return { ok: response.ok, answer: answer }; });
      })
      .catch(function () { return { ok: false, answer: { message: data.failed } }; });
  }

  function refreshColumn() {
    if (typeof htmx !== "undefined") { htmx.trigger(cards, "refresh"); }
  }

  // asks the planner to confirm an override; resolves true when confirmed
  function confirmOverride(message) {
    return new Promise(function (resolve) {
      document.getElementById("override-message").textContent = message;
      var yes = document.getElementById("override-confirm");
      var no = document.getElementById("override-cancel");
      function done(answer) {
        yes.removeEventListener("click", onYes);
        no.removeEventListener("click", onNo);
        dialog.removeEventListener("cancel", onNo);
        dialog.close();
        resolve(answer);
      }
      function onYes() { done(true); }
      function onNo(event) { if (event) { event.preventDefault(); } done(false); }
      yes.addEventListener("click", onYes);
      no.addEventListener("click", onNo);
      dialog.addEventListener("cancel", onNo);
      dialog.showModal();
      yes.focus();
    });
  }

  function minutes(event) {
    return Math.round((event.end.getTime() - event.start.getTime()) / 60000);
  }

  // schedules (or moves) the event's order; on a refusal undo() puts it back
  function schedule(event, technicianId, undo, doneMessage) {
    var fields = {
      version: event.extendedProps.version,
      technicianId: technicianId,
      start: event.startStr,
      durationMinutes: minutes(event),
      override: false
    };
    function send() {
      return post(event.id + "/schedule", fields).then(function (result) {
        if (result.ok) {
          event.setExtendedProp("version", result.answer.version);
          event.setExtendedProp("technicianId", technicianId);
          say(doneMessage.replace("{0}", event.extendedProps.number || ""));
          if (!event.source) {
            // the card's copy made by the drop: the calendar's own reading of the visit replaces it
            event.remove();
          }
          refreshColumn();
          calendar.refetchEvents();
          return;
        }
        if (result.answer.overridable && !fields.override) {
          return confirmOverride(result.answer.message).then(function (confirmed) {
            if (confirmed) {
              fields.override = true;
              return send();
            }
            undo();
            say(result.answer.message, true);
          });
        }
        undo();
        say(result.answer.message, true);
      });
    }
    return send();
  }

  function overColumn(jsEvent) {
    var box = column.getBoundingClientRect();
    return jsEvent.clientX >= box.left && jsEvent.clientX <= box.right
      && jsEvent.clientY >= box.top && jsEvent.clientY <= box.bottom;
  }

  var phone = window.matchMedia("(max-width: 700px)").matches;
  var calendar = new FullCalendar.Calendar(element, {
    locale: data.locale,
    timeZone: "local",
    initialView: phone ? "timeGridDay" : "timeGridWeek",
    firstDay: 1,
    nowIndicator: true,
    allDaySlot: false,
    slotMinTime: "07:00:00",
    slotMaxTime: "21:00:00",
    scrollTime: "08:00:00",
    height: "auto",
    editable: true,
    droppable: true,
    eventDurationEditable: true,
    headerToolbar: { left: "prev,next today", center: "title", right: "timeGridDay,timeGridWeek" },
    buttonText: { today: data.today, day: data.day, week: data.week },
    eventSources: [{
      url: data.events,
      extraParams: function () {
        return { technicianId: technicianSelect.value, zone: data.zone || "" };
      },
      failure: function () { say(data.failed, true); }
    }],
    // a card dropped from the unscheduled column
    eventReceive: function (info) {
      var technicianId = technicianSelect.value;
      if (!technicianId) {
        info.revert();
        say(data.chooseTechnician, true);
        technicianSelect.focus();
        return;
      }
      schedule(info.event, technicianId, function () { info.revert(); }, data.scheduled);
    },
    // a visit moved or stretched on the calendar: the same technician
    eventDrop: function (info) {
      schedule(info.event, info.event.extendedProps.technicianId, function () { info.revert(); }, data.moved);
    },
    eventResize: function (info) {
      schedule(info.event, info.event.extendedProps.technicianId, function () { info.revert(); }, data.moved);
    },
    eventDragStart: function () { dragging = true; },
    // a visit dragged back onto the unscheduled column is taken off the calendar
    eventDragStop: function (info) {
      dragging = false;
      if (!overColumn(info.jsEvent)) {
        return;
      }
      var event = info.event;
      post(event.id + "/unschedule", { version: event.extendedProps.version }).then(function (result) {
        if (result.ok) {
          event.remove();
          say(data.unscheduled.replace("{0}", event.extendedProps.number || ""));
          refreshColumn();
        } else {
          say(result.answer.message, true);
          calendar.refetchEvents();
        }
      });
    }
  });
  calendar.render();
  // the toolbar's arrows are drawn by an icon font: the buttons carry the words, the icons are decoration
  element.querySelectorAll(".fc-icon").forEach(function (icon) {
    icon.removeAttribute("role");
    icon.setAttribute("aria-hidden", "true");
  });

  // the unscheduled cards are draggable onto the calendar
  new FullCalendar.Interaction.Draggable(cards, {
    itemSelector: ".order-card",
    eventData: function (card) {
      var length = parseInt(card.dataset.duration, 10) || 120;
      return {
        id: card.dataset.orderId,
        title: card.dataset.title,
        duration: { minutes: length },
        extendedProps: { version: card.dataset.version, number: card.dataset.number },
        create: true
      };
    }
  });

  // the chosen technician's working hours are shaded as business hours (outside them a drop asks to override)
  function showHours() {
    var option = technicianSelect.options[technicianSelect.selectedIndex];
    var hours = false;
    if (option && option.dataset.hours) {
      try { hours = JSON.parse(option.dataset.hours); } catch (e) { hours = false; }
    }
    calendar.setOption("businessHours", hours);
  }
  technicianSelect.addEventListener("change", function () { showHours(); calendar.refetchEvents(); });
  showHours();
  // a card held by the planner is not replaced under their hand by the column's refresh
  cards.addEventListener("pointerdown", function (event) {
    if (event.target.closest(".order-card")) { dragging = true; }
  });
  document.addEventListener("pointerup", function () { setTimeout(function () { dragging = false; }, 500); });

  // live state: the calendar is read again every 20 s (the column refreshes itself through htmx), but never under
  // the planner's hand: not while a visit is being dragged, a dialog is open or a card's form is in use
  function busy() {
    return dragging || dialog.open || document.querySelector("#unscheduled details[open]") !== null;
  }
  setInterval(function () {
    if (!busy() && !document.hidden) { calendar.refetchEvents(); }
  }, 20000);
  document.body.addEventListener("htmx:beforeRequest", function (event) {
    if (event.detail.elt === cards && busy()) { event.preventDefault(); }
  });
})();
