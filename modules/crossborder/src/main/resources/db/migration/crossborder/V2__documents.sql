-- Documents of a cross-border case in their confidential and non-confidential versions (content in the
-- platform's document store), and who received which version.

CREATE TABLE case_document (
    case_reference  varchar(20)  NOT NULL REFERENCES cross_border_case (reference),
    position        integer      NOT NULL,
    number          integer      NOT NULL,
    title           varchar(300) NOT NULL,
    confidentiality varchar(20)  NOT NULL,
    version_of      integer,
    document_id     varchar(40)  NOT NULL,
    filename        varchar(300) NOT NULL,
    sha256          varchar(64)  NOT NULL,
    filed_on        date         NOT NULL,
    PRIMARY KEY (case_reference, position)
);

CREATE TABLE document_transmission (
    case_reference  varchar(20) NOT NULL REFERENCES cross_border_case (reference),
    position        integer     NOT NULL,
    document_number integer     NOT NULL,
    recipient       varchar(30) NOT NULL,
    authority       varchar(2),
    sent_on         date        NOT NULL,
    PRIMARY KEY (case_reference, position)
);

GRANT SELECT, INSERT, UPDATE, DELETE ON case_document, document_transmission TO ${app_role};
