-- what the sample's consumer read of each PersonalNote: the opened values, or null once erased
CREATE TABLE sample_personal_seen (
    event_id varchar(200) PRIMARY KEY,
    note_id  varchar(200) NOT NULL,
    text     varchar(200),
    latitude double precision
);
