package io.ispflow.platform.sample;

import io.ispflow.platform.events.EventPublisher;
import io.ispflow.platform.problem.BadRequestException;
import io.ispflow.platform.security.Caller;
import io.ispflow.platform.security.ZoneVisibility;
import io.ispflow.platform.web.ETags;
import io.ispflow.platform.web.PageResponse;
import io.ispflow.platform.web.ReturnsETag;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.UUID;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/notes")
class NoteController {

    record NoteRequest(
            @Schema(example = "Call back after 18:00") @NotBlank @Size(max = 100) String text,
            @Schema(example = "NORTE") String zone) {}

    record NoteView(UUID id, String text, String zone, long version) {
        static NoteView of(Note note) {
            return new NoteView(note.getId(), note.getText(), note.getZone(), note.getVersion());
        }
    }

    private final NoteRepository notes;
    private final EventPublisher events;

    NoteController(NoteRepository notes, EventPublisher events) {
        this.notes = notes;
        this.events = events;
    }

    @PostMapping
    @Transactional
    @Operation(operationId = "createNote", summary = "Write a note")
    @ApiResponse(responseCode = "201", description = "Written")
    @ReturnsETag
    ResponseEntity<NoteView> create(@Valid @RequestBody NoteRequest request, Caller caller) {
        ZoneVisibility.requireHolds(caller, request.zone());
        Note note = notes.save(new Note(request.text(), request.zone()));
        events.publish(new NoteCreated(note.getId().toString(), note.getText(), note.getZone()));
        notes.flush();
        if ("reject".equals(request.text())) {
            // after the note and its event were written: the rollback must take both back
            throw new BadRequestException("rejected", "This text is refused after writing started.");
        }
        return ResponseEntity.created(URI.create("/api/notes/" + note.getId()))
                .eTag(ETags.of(note.getVersion()))
                .body(NoteView.of(note));
    }

    /** A note named after an uploaded file: how the hostile-input tests reach the multipart parser. */
    @PostMapping(path = "/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Transactional
    ResponseEntity<NoteView> attach(@RequestPart("file") MultipartFile file, Caller caller) {
        Note note = notes.save(new Note(String.valueOf(file.getOriginalFilename()), null));
        notes.flush();
        return ResponseEntity.created(URI.create("/api/notes/" + note.getId())).body(NoteView.of(note));
    }

    @GetMapping("/{id}")
    ResponseEntity<NoteView> get(@PathVariable UUID id, Caller caller) {
        Note note = ZoneVisibility.requireVisible(caller, notes.findById(id).orElse(null), Note::getZone, "Note", id);
        return ResponseEntity.ok().eTag(ETags.of(note.getVersion())).body(NoteView.of(note));
    }

    @GetMapping
    PageResponse<NoteView> list(
            @RequestParam(defaultValue = "0") int page,
            @io.swagger.v3.oas.annotations.Parameter(description = "Notes per page", example = "50")
                    @RequestParam(defaultValue = "20")
                    int size,
            Caller caller) {
        return PageResponse.of(
                notes.findAll(ZoneVisibility.visibleTo(caller, "zone"), PageRequest.of(page, size)), NoteView::of);
    }

    @PutMapping("/{id}")
    @Transactional
    ResponseEntity<NoteView> update(
            @PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody NoteRequest request,
            Caller caller) {
        Note note = ZoneVisibility.requireVisible(caller, notes.findById(id).orElse(null), Note::getZone, "Note", id);
        ETags.requireMatch(ifMatch, note.getVersion());
        note.rewrite(request.text());
        notes.flush();
        return ResponseEntity.status(HttpStatus.OK)
                .eTag(ETags.of(note.getVersion()))
                .body(NoteView.of(note));
    }
}
