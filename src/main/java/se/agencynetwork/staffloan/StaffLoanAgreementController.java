package se.agencynetwork.staffloan;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import se.agencynetwork.directory.Groups;
import se.agencynetwork.system.api.ApiException;
import se.agencynetwork.system.api.CurrentUser;

/**
 * {@code GET /api/staff-loans/{businessKey}/agreement.pdf}: the agreement of a loan as a PDF, once a
 * lending agency is chosen and the terms are written. Only the two agencies' heads, the network
 * coordinators and administrators may download it (the salary is in it); anyone else gets 403.
 */
@RestController
record StaffLoanAgreementController(StaffLoanRepository repository, StaffLoanAgreementPdf pdf, CurrentUser currentUser) {

    @GetMapping(path = "/api/staff-loans/{businessKey}/agreement.pdf")
    ResponseEntity<byte[]> agreement(@PathVariable String businessKey) {
        StaffLoanAgreement agreement = repository.agreement(businessKey)
                .filter(found -> found.lendingAgency() != null && found.monthlyReimbursement() != null)
                .orElseThrow(() -> ApiException.notFound("Det finns inget avtal om utlån med nyckeln '" + businessKey
                        + "'."));
        boolean party = currentUser.isMemberOf(Groups.headsOf(agreement.borrowingAgency()))
                || currentUser.isMemberOf(Groups.headsOf(agreement.lendingAgency()));
        if (!party && !currentUser.isAdmin() && !currentUser.isMemberOf(Groups.NETWORK_COORDINATORS)) {
            throw ApiException.forbidden("Avtalet kan bara laddas ned av de två myndigheternas chefer,"
                    + " nätverkskoordinatorn och administratörer.");
        }
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("utlaningsavtal-" + businessKey + ".pdf").build().toString())
                .body(pdf.render(agreement));
    }
}
