package io.ispflow.platform.sample;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface NoteRepository extends JpaRepository<Note, UUID>, JpaSpecificationExecutor<Note> {}
