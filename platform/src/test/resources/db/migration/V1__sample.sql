CREATE TABLE sample_note (
    id      uuid PRIMARY KEY,
    text    varchar(100) NOT NULL,
    zone    varchar(50),
    version bigint NOT NULL
);

CREATE TABLE sample_effect (
    id       bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    event_id varchar(200) NOT NULL,
    note_id  varchar(200) NOT NULL
);
