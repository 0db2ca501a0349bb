package io.ispflow.lead.timeline;

/**
 * Request bodies of the timeline for the OpenAPI document, one per kind of entry: each kind reads other
 * fields, so a single example composed from every field would be refused (an incidence id on a meeting).
 */
final class TimelineExamples {

    static final String NOTE = """
            {"type": "NOTE", "text": "Pidió que lo llamen después de las 18"}""";

    static final String CALL =
            """
            {"type": "CALL", "title": "Primer contacto", "text": "Interesado en fibra 300",
             "startAt": "2026-12-02T13:30:00Z", "endAt": "2026-12-02T13:40:00Z"}""";

    static final String MEETING =
            """
            {"type": "MEETING", "title": "Visita para relevar la instalación",
             "text": "Tocar timbre 3B; el cliente prefiere la tarde", "startAt": "2026-12-03T15:00:00Z",
             "endAt": "2026-12-03T16:00:00Z", "latitude": -34.5265, "longitude": -58.4731, "assignee": "ana"}""";

    static final String TASK =
            """
            {"type": "TASK", "title": "Enviar el presupuesto", "taskType": "Presupuesto", "assignee": "ana",
             "dueAt": "2026-12-04T12:00:00Z", "done": false}""";

    static final String INCIDENCE =
            """
            {"type": "INCIDENCE", "title": "No llegó el mail de bienvenida", "incidenceType": "Comunicación",
             "assignee": "beto", "priority": "HIGH", "status": "NEW",
             "text": "El cliente revisó spam y no está", "link": "https://soporte.example.com/casos/1234"}""";

    private TimelineExamples() {}
}
