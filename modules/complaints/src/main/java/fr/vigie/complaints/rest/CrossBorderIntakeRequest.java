package fr.vigie.complaints.rest;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A cross-border complaint as the annex form of Regulation (EU) 2025/2518 gives it: Art. 4(1)(a)
 * name and contact details (an e-mail or a postal address), (b) a body's constitution and mandate
 * when {@code bodyName} is given, (c) the controller or processor, (d) the description of the
 * alleged infringement ({@code facts}); nothing more is required. Optional: the day received (today
 * when absent), the presumed lead authority named by the complainant, a claim of confidentiality;
 * for {@code EU_AUTHORITY_TRANSFER}, the authority that sent it and its reference. A missing item is
 * a 400 problem naming its field; the domain's rules a 422 naming the field.
 */
public record CrossBorderIntakeRequest(
        @NotBlank @Pattern(regexp = "WEB_FORM|MAIL|STAFF_INTAKE|EU_AUTHORITY_TRANSFER")
        String channel,

        String receivedOn,
        @NotBlank @Size(max = 200) String complainantName,
        @Email @Size(max = 254) String complainantEmail,
        @Size(max = 500) String complainantAddress,
        @Size(max = 300) String bodyName,
        @Size(max = 5000) String bodyMandate,
        @NotBlank @Size(max = 300) String organisationName,
        @NotBlank @Pattern(regexp = "[A-Za-z]{2}") String organisationCountry,
        @Size(max = 20) String organisationIdentifier,
        @NotBlank @Size(min = 20, max = 20000) String facts,
        Boolean confidentialityClaimed,
        @Pattern(regexp = "[A-Za-z]{2}") String presumedLead,
        @Pattern(regexp = "[A-Za-z]{2}") String receivedFrom,
        @Size(max = 100) String receivedFromReference,
        @Size(max = 100) String submissionKey) {}
