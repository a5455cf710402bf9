/* Generated from docs/openapi.json by `npm run web:client`. Do not edit. */

export interface paths {
    "/v1/audit/records": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The audit history of a claim, case, student, post, person or hospital
         * @description Roles: audit.
         */
        get: operations["audit-records"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/audit/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Recompute every audit chain and compare with the stored items and the locked digest
         * @description Roles: audit.
         */
        post: operations["audit-verify"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/bulletins": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Cut-offs with a bulletin
         * @description Roles: housing-office, township, poverty-office, finance, audit.
         */
        get: operations["bulletin-read-get-bulletins"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/bulletins/{asOf}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A bulletin with a short-lived link to its xlsx
         * @description Roles: housing-office, township, poverty-office, finance, audit.
         */
        get: operations["bulletin-read-get-bulletins-asOf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/bulletins/{asOf}/draft": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Build the draft bulletin for a cut-off
         * @description Roles: housing-office.
         */
        post: operations["bulletin-write-post-bulletins-asOf-draft"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/bulletins/{asOf}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Publish the bulletin for a cut-off (a correction makes the next revision)
         * @description Roles: housing-office.
         */
        post: operations["bulletin-write-post-bulletins-asOf-publish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/bulletins/{asOf}/submissions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who submitted for a cut-off (township staff: their own, with its figures and history)
         * @description Roles: housing-office, township, poverty-office, audit.
         */
        get: operations["bulletin-read-get-bulletins-asOf-submissions"];
        put?: never;
        /**
         * A township's figures and narrative for a cut-off (resubmission keeps the history)
         * @description Roles: township.
         */
        post: operations["bulletin-write-post-bulletins-asOf-submissions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/claims": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A hospital's claims of a month with totals per payer
         * @description Roles: hospital, insurance-bureau, audit.
         */
        get: operations["claims-month"];
        put?: never;
        /**
         * Settle a claim at discharge (one-stop settlement)
         * @description Roles: hospital.
         */
        post: operations["claims-post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/claims/{claimId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A settlement
         * @description Roles: hospital, insurance-bureau, audit.
         */
        get: operations["claims-get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/claims/{claimId}/void": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Void a claim and reverse its effect on the person's year
         * @description Roles: hospital.
         */
        post: operations["claims-void"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/contributions/{personId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A person's 2019 insurance contribution and who pays it
         * @description Roles: insurance-bureau, audit.
         */
        get: operations["contributions-get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ecology/income": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Income programmes against their targets
         * @description Roles: forestry-bureau, finance, poverty-office, audit.
         */
        get: operations["ecology-income-progress"];
        put?: never;
        /**
         * Record an income-programme participant's earnings
         * @description Roles: forestry-bureau.
         */
        post: operations["ecology-income-record"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ecology/pay-runs/{month}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record the month's ranger pay (pro rata by month of service)
         * @description Roles: forestry-bureau, finance.
         */
        post: operations["ecology-pay-run"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ecology/quotas": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Ranger quotas per township
         * @description Roles: township, forestry-bureau, finance, poverty-office, audit.
         */
        get: operations["ecology-quotas"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ecology/rangers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A township's rangers and their pay
         * @description Roles: township, forestry-bureau, finance, audit.
         */
        get: operations["ecology-rangers-list"];
        put?: never;
        /**
         * Hire a registered-poor person as an eco-ranger
         * @description Roles: township, forestry-bureau.
         */
        post: operations["ecology-ranger-hire"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ecology/rangers/{personId}/release": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Release a ranger, freeing the post
         * @description Roles: township, forestry-bureau.
         */
        post: operations["ecology-ranger-release"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/education/opening-balances": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Enter a payment made before the system, so the caps count it (idempotent by paymentId)
         * @description Roles: education-bureau.
         */
        post: operations["education-opening-balance"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/education/payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Pay an entitlement (idempotent by paymentId)
         * @description Roles: education-bureau.
         */
        post: operations["education-payment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/education/students": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Register a student of a registered-poor, 低保 or orphan family
         * @description Roles: education-bureau.
         */
        post: operations["education-student-put"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/education/students/{studentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A student with payments and totals
         * @description Roles: education-bureau, finance, audit.
         */
        get: operations["education-student-get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/education/students/{studentId}/verifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record that a student was confirmed at school this semester
         * @description Roles: education-bureau.
         */
        post: operations["education-verify"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/education/verifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who is verified for a semester and who is not
         * @description Roles: education-bureau, audit.
         */
        get: operations["education-verifications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness check */
        get: operations["health"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/health/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Readiness: the table and the bucket answer */
        get: operations["health-ready"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/hospitals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The hospital registry
         * @description Roles: hospital, township, poverty-office, insurance-bureau, health-commission, housing-office, education-bureau, forestry-bureau, finance, civil-affairs, disabled-federation, audit.
         */
        get: operations["hospitals-list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/hospitals/{hospitalId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Create or replace a hospital
         * @description Roles: insurance-bureau.
         */
        put: operations["hospitals-put"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/hospitals/{hospitalId}/machine-clients": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The billing systems (OAuth clients) registered to a hospital
         * @description Roles: insurance-bureau, audit.
         */
        get: operations["machine-clients-list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/hospitals/{hospitalId}/machine-clients/{clientId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Register a billing system's OAuth client id to a hospital
         * @description Roles: insurance-bureau.
         */
        put: operations["machine-client-put"];
        post?: never;
        /**
         * Revoke a billing system's registration
         * @description Roles: insurance-bureau.
         */
        delete: operations["machine-client-delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/households/{householdId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One household at a glance: members, claims, housing, education, rangers, totals
         * @description Roles: poverty-office, township, audit.
         */
        get: operations["household-get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/households/{householdId}/arrears-flag": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Flag or clear a household for malicious arrears
         * @description Roles: hospital, insurance-bureau.
         */
        post: operations["arrears-flag"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/housing/cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List cases by township, programme and status
         * @description Roles: township, housing-office, poverty-office, civil-affairs, disabled-federation, finance, audit.
         */
        get: operations["housing-case-list"];
        put?: never;
        /**
         * Open a household's renovation case
         * @description Roles: township.
         */
        post: operations["housing-case-create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/housing/cases/{caseId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One household, one file: case, history, photos
         * @description Roles: township, housing-office, poverty-office, civil-affairs, disabled-federation, finance, audit.
         */
        get: operations["housing-case-get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/housing/cases/{caseId}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Move a case one step
         * @description Roles: township, housing-office, poverty-office, civil-affairs, disabled-federation, finance.
         */
        post: operations["housing-case-event"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/housing/cases/{caseId}/photos": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A presigned upload for one photo
         * @description Roles: township, housing-office.
         */
        post: operations["housing-photo-request"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/housing/cases/{caseId}/photos/{photoId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A photo's check result and a short-lived link
         * @description Roles: township, housing-office, poverty-office, civil-affairs, disabled-federation, finance, audit.
         */
        get: operations["housing-photo-get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/openapi.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** This API described as OpenAPI 3.1 */
        get: operations["openapi"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/persons": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search the roster by identity number, household or name
         * @description Roles: poverty-office, civil-affairs, disabled-federation, township, insurance-bureau, audit.
         */
        get: operations["persons-search"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/persons/{personId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A person with who set each flag and when
         * @description Roles: poverty-office, civil-affairs, disabled-federation, township, insurance-bureau, audit.
         */
        get: operations["person-get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/persons/{personId}/chronic-certifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Certify a chronic disease for a person
         * @description Roles: health-commission, insurance-bureau.
         */
        post: operations["chronic-certify"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/persons/{personId}/eligibility": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Registered-poor status and pay-after-treatment at a hospital
         * @description Roles: hospital, insurance-bureau, audit.
         */
        get: operations["eligibility-get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/reconciliations/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The reconciliation of a year
         * @description Roles: insurance-bureau, audit.
         */
        get: operations["reconciliation-get"];
        put?: never;
        /**
         * Run the yearly self-pay cap reconciliation
         * @description Roles: insurance-bureau.
         */
        post: operations["reconciliation-run"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/reference/diseases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Major and chronic disease lists
         * @description Roles: hospital, township, poverty-office, insurance-bureau, health-commission, housing-office, education-bureau, forestry-bureau, finance, civil-affairs, disabled-federation, audit.
         */
        get: operations["reference-diseases"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/reference/townships": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Townships and street offices in reference order
         * @description Roles: hospital, township, poverty-office, insurance-bureau, health-commission, housing-office, education-bureau, forestry-bureau, finance, civil-affairs, disabled-federation, audit.
         */
        get: operations["reference-townships"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/reference/villages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Each township's registered villages
         * @description Roles: poverty-office, civil-affairs, disabled-federation, township, audit.
         */
        get: operations["reference-villages"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/reference/villages/{township}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Replace a township's village list
         * @description Roles: poverty-office.
         */
        put: operations["reference-villages-put"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/reports/health/{month}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A month's health report
         * @description Roles: insurance-bureau, health-commission, poverty-office, finance, audit.
         */
        get: operations["reports-health-get"];
        put?: never;
        /**
         * Build a month's health report
         * @description Roles: insurance-bureau, health-commission.
         */
        post: operations["reports-health-run"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/reports/progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Cut-off dates with a progress report
         * @description Roles: housing-office, finance, poverty-office, township, audit.
         */
        get: operations["reports-progress-list"];
        put?: never;
        /**
         * Build the progress report for a cut-off date
         * @description Roles: housing-office.
         */
        post: operations["reports-progress-run"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/reports/progress/{asOf}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A progress report with short-lived links to its files
         * @description Roles: housing-office, finance, poverty-office, township, audit.
         */
        get: operations["reports-progress-get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/roster/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The office's latest imports and remembered column mapping
         * @description Roles: poverty-office, civil-affairs, disabled-federation.
         */
        get: operations["roster-import-list"];
        put?: never;
        /**
         * Start a roster import: a presigned upload for the xlsx or CSV file
         * @description Roles: poverty-office, civil-affairs, disabled-federation.
         */
        post: operations["roster-import-create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/roster/imports/{importId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An import: progress, dry-run counts, rejected rows and their workbook
         * @description Roles: poverty-office, civil-affairs, disabled-federation, audit.
         */
        get: operations["roster-import-get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/roster/imports/{importId}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Load a checked import (or resume a failed load)
         * @description Roles: poverty-office, civil-affairs, disabled-federation.
         */
        post: operations["roster-import-confirm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/roster/imports/{importId}/mapping": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Map the columns (remembered per office) and check the file again
         * @description Roles: poverty-office, civil-affairs, disabled-federation.
         */
        put: operations["roster-import-mapping"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/roster/persons": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Load roster rows (each body writes only its own fields)
         * @description Roles: poverty-office, civil-affairs, disabled-federation.
         */
        put: operations["roster-load"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/simulations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Simulate a year under a policy variant (what-if) and compare with the ledger
         * @description Roles: insurance-bureau, finance, poverty-office.
         */
        post: operations["simulations-post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/simulations/{simulationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A simulation: status and, when done, recorded, baseline and variant figures
         * @description Roles: insurance-bureau, finance, poverty-office, audit.
         */
        get: operations["simulations-get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        ArrearsFlag: {
            flagged: boolean;
            reason: string;
        };
        ArrearsFlagRecord: {
            flagged: boolean;
            /** @description While flagged: the hospital that flagged (or insurance-bureau) */
            flaggedByHospital?: string;
            householdId: string;
            reason: string;
        };
        Attestation: {
            /** @description Who attested: name and office */
            by: string;
            /**
             * Format: date
             * @example 2019-03-10
             */
            on: string;
        };
        AuditHistory: {
            /**
             * @description claim (`<hospitalId>/<claimId>`), refund-account (`<personId>/<year>`), case (housing case id), photo (`<caseId>/<photoId>`), student (student id), post (ranger post id), person (identity number), hospital (registry id), roster (a roster load or import: `load/<loadId>` or `import/<importId>`, the `changedIn` of the person items it wrote)
             * @enum {string}
             */
            entity: "claim" | "refund-account" | "case" | "photo" | "student" | "post" | "person" | "hospital" | "roster";
            entityId: string;
            records: components["schemas"]["AuditRecord"][];
        };
        AuditRecord: {
            /** @description claim.settled, claim.voided, case.step, photo.verdict, … */
            action: string;
            actor: {
                clientId?: string;
                hospitalId?: string;
                role: string;
                sub: string;
                township?: string;
            };
            /** Format: date-time */
            at: string;
            chain: string;
            /**
             * @description claim (`<hospitalId>/<claimId>`), refund-account (`<personId>/<year>`), case (housing case id), photo (`<caseId>/<photoId>`), student (student id), post (ranger post id), person (identity number), hospital (registry id), roster (a roster load or import: `load/<loadId>` or `import/<importId>`, the `changedIn` of the person items it wrote)
             * @enum {string}
             */
            entity: "claim" | "refund-account" | "case" | "photo" | "student" | "post" | "person" | "hospital" | "roster";
            /** @description Person-keyed entities are named by a reference (a hash), never the identity number */
            entityId: string;
            hash: string;
            items: {
                /** @description SHA-256 of the canonical item; null: deleted */
                hash: string | null;
                /** @description The item key, identity numbers replaced by a reference */
                key: string;
                /** @description The item's version as written (roster items, which several chains may write) */
                version?: number;
            }[];
            prevHash: string;
            seq: number;
            summary?: {
                [key: string]: string | number | boolean;
            };
        };
        AuditVerification: {
            /** @description The first broken record of each chain */
            broken: {
                /** @description The chain the first broken record belongs to */
                chain: string;
                /** @enum {string} */
                entity: "claim" | "refund-account" | "case" | "photo" | "student" | "post" | "person" | "hospital" | "roster" | "chain";
                /** @description The claim, case, student, post… whose stored item no longer matches */
                entityId: string;
                reason: string;
            }[];
            chains: number;
            /** @description The locked digest compared with (absent before the first daily run) */
            digest?: {
                /** Format: date-time */
                at: string;
                chains: number;
                key: string;
            };
            /** @description True when every chain links, every item matches and the locked digest holds */
            ok: boolean;
            records: number;
        };
        Bulletin: {
            asOf: string;
            builtAt: string;
            correction?: {
                reason: string;
                replaces: number;
            };
            /** @description 2019年8月15日 */
            dateText: string;
            deadline: string;
            files: {
                /** @description Short-lived (5 minutes) signed link */
                xlsx: string;
            };
            missing: {
                name: string;
                township: string;
            }[];
            narratives: {
                /** @description Its figures changed between submission and publication */
                figuresChanged: boolean;
                measures: string;
                name: string;
                problems: string;
                progress: string;
                submittedAt: string;
                township: string;
                version: number;
            }[];
            policyId: string;
            programmes: {
                laggards: {
                    completionRate: number;
                    name: string;
                    township: string;
                }[];
                lateCases: {
                    completionBy?: string;
                    finalAcceptedOn?: string;
                    /** @description Masked: 张** */
                    householder: string;
                    /** @description Masked: 152103********1234 */
                    identity: string;
                    /** @enum {string} */
                    status: "applied" | "village-reviewed" | "village-noticed" | "township-reviewed" | "township-noticed" | "identity-checked" | "appraised" | "approved" | "agreement-signed" | "moved-out" | "under-construction" | "preliminary-accepted" | "final-accepted" | "paid" | "returned" | "refused" | "not-dangerous" | "subsidy-cancelled";
                    township: string;
                    townshipName: string;
                    village: string;
                }[];
                plan: {
                    /** @description yuan */
                    budget: number;
                    clause: string;
                    households: number;
                };
                /** @enum {string} */
                programme: "R1" | "R2";
                rows: {
                    accepted: number;
                    /** @description yuan */
                    committed: number;
                    /** @description accepted / tasks, 4 decimals; null: no task */
                    completionRate: number | null;
                    late: number;
                    name: string;
                    /** @description yuan */
                    paid: number;
                    rank: number | null;
                    started: number;
                    tasks: number;
                    township: string;
                    withPhotos: number;
                }[];
                title: string;
                totals: {
                    accepted: number;
                    /** @description yuan */
                    committed: number;
                    /** @description accepted / tasks, 4 decimals; null: no task */
                    completionRate: number | null;
                    late: number;
                    /** @description yuan */
                    noHouseCommitted: number;
                    /** @description yuan */
                    noHousePaid: number;
                    /** @description yuan */
                    paid: number;
                    planCompletionRate: number;
                    /** @description Government-backed houses recorded as sold (early: before five years) and the backing money due back (R2 八.(二)) */
                    sales: {
                        /** @description yuan */
                        amountDue: number;
                        count: number;
                        early: number;
                    };
                    started: number;
                    tasks: number;
                    withPhotos: number;
                };
            }[];
            publishedAt?: string;
            publishedBy?: {
                role: string;
            };
            revision?: number;
            revisions?: {
                correction?: string;
                publishedAt: string;
                revision: number;
            }[];
            /** @enum {string} */
            status: "draft" | "published";
            title: string;
        };
        BulletinList: {
            bulletins: {
                asOf: string;
                closed: boolean;
                draftBuiltAt?: string;
                publishedAt?: string;
                revisions: number;
                /** @enum {string} */
                status: "draft" | "published";
            }[];
        };
        BulletinSubmission: {
            figures: {
                R1: components["schemas"]["BulletinTownshipFigures"];
                R2: components["schemas"]["BulletinTownshipFigures"];
            };
            measures: string;
            problems: string;
            progress: string;
            submittedAt: string;
            submittedBy: {
                role: string;
            };
            township: string;
            version: number;
        };
        BulletinSubmissions: {
            asOf: string;
            /** @description Publishing began: no more submissions */
            closed: boolean;
            published: boolean;
            townships: {
                /** @description Township staff: its figures at the cut-off now */
                figures?: {
                    R1: components["schemas"]["BulletinTownshipFigures"];
                    R2: components["schemas"]["BulletinTownshipFigures"];
                };
                /** @description Township staff: earlier versions */
                history?: components["schemas"]["BulletinSubmissionVersion"][];
                name: string;
                submission?: components["schemas"]["BulletinSubmissionVersion"];
                submitted: boolean;
                township: string;
            }[];
        };
        BulletinSubmissionVersion: {
            figures: {
                R1: components["schemas"]["BulletinTownshipFigures"];
                R2: components["schemas"]["BulletinTownshipFigures"];
            };
            measures: string;
            problems: string;
            progress: string;
            submittedAt: string;
            submittedBy: {
                role: string;
            };
            version: number;
        };
        BulletinTownshipFigures: {
            accepted: number;
            /** @description yuan */
            committed: number;
            /** @description accepted / tasks, 4 decimals; null: no task */
            completionRate: number | null;
            late: number;
            /** @description yuan */
            paid: number;
            started: number;
            /** @description Households being renovated (cases less refused and not-dangerous) */
            tasks: number;
            withPhotos: number;
        };
        ChronicCertification: {
            /** @enum {string} */
            certifiedBy: "insurance-bureau" | "health-commission";
            /** @enum {string} */
            disease: "tuberculosis" | "mental-disorder" | "stroke-sequelae" | "liver-cirrhosis" | "renal-failure-dialysis" | "cancer-radio-chemotherapy" | "hemophilia" | "post-transplant-anti-rejection" | "post-stent-anticoagulation" | "aplastic-anemia" | "ankylosing-spondylitis" | "sjogren-syndrome" | "systemic-lupus-erythematosus" | "diabetes" | "femoral-head-necrosis" | "epilepsy" | "copd" | "pulmonary-heart-disease" | "parkinsonism" | "nephrotic-syndrome" | "coronary-heart-disease-cardiac-insufficiency" | "rheumatic-heart-disease-cardiac-insufficiency" | "cardiomyopathy-cardiac-insufficiency" | "hypertension" | "idiopathic-thrombocytopenic-purpura" | "bronchial-asthma" | "brucellosis" | "chronic-active-hepatitis" | "myasthenia-gravis" | "aids";
            /**
             * Format: date
             * @example 2019-03-10
             */
            from: string;
        };
        ChronicCertificationRecord: {
            /** @enum {string} */
            certifiedBy: "insurance-bureau" | "health-commission";
            /** @enum {string} */
            disease: "tuberculosis" | "mental-disorder" | "stroke-sequelae" | "liver-cirrhosis" | "renal-failure-dialysis" | "cancer-radio-chemotherapy" | "hemophilia" | "post-transplant-anti-rejection" | "post-stent-anticoagulation" | "aplastic-anemia" | "ankylosing-spondylitis" | "sjogren-syndrome" | "systemic-lupus-erythematosus" | "diabetes" | "femoral-head-necrosis" | "epilepsy" | "copd" | "pulmonary-heart-disease" | "parkinsonism" | "nephrotic-syndrome" | "coronary-heart-disease-cardiac-insufficiency" | "rheumatic-heart-disease-cardiac-insufficiency" | "cardiomyopathy-cardiac-insufficiency" | "hypertension" | "idiopathic-thrombocytopenic-purpura" | "bronchial-asthma" | "brucellosis" | "chronic-active-hepatitis" | "myasthenia-gravis" | "aids";
            /**
             * Format: date
             * @example 2019-03-10
             */
            from: string;
            personId: string;
        };
        ClaimRequest: {
            /**
             * Format: date
             * @example 2019-03-10
             */
            admittedOn?: string;
            claimId: string;
            costs: {
                /**
                 * @description Amount in yuan, at most two decimals
                 * @example 1234.56
                 */
                hospitalExcess?: number;
                /**
                 * @description Amount in yuan, at most two decimals
                 * @example 1234.56
                 */
                outOfCatalogue?: number;
                /**
                 * @description Amount in yuan, at most two decimals
                 * @example 1234.56
                 */
                patientExcess?: number;
                /**
                 * @description Amount in yuan, at most two decimals
                 * @example 1234.56
                 */
                total: number;
            };
            /** @description Default: 0. */
            deliveries?: 0 | 1;
            /** @description Default: {}. */
            diagnosis?: {
                cataractEyes?: (1 | 2) | null;
                chronicDisease?: ("tuberculosis" | "mental-disorder" | "stroke-sequelae" | "liver-cirrhosis" | "renal-failure-dialysis" | "cancer-radio-chemotherapy" | "hemophilia" | "post-transplant-anti-rejection" | "post-stent-anticoagulation" | "aplastic-anemia" | "ankylosing-spondylitis" | "sjogren-syndrome" | "systemic-lupus-erythematosus" | "diabetes" | "femoral-head-necrosis" | "epilepsy" | "copd" | "pulmonary-heart-disease" | "parkinsonism" | "nephrotic-syndrome" | "coronary-heart-disease-cardiac-insufficiency" | "rheumatic-heart-disease-cardiac-insufficiency" | "cardiomyopathy-cardiac-insufficiency" | "hypertension" | "idiopathic-thrombocytopenic-purpura" | "bronchial-asthma" | "brucellosis" | "chronic-active-hepatitis" | "myasthenia-gravis" | "aids") | null;
                icd10?: string | null;
                majorDisease?: ("esophageal-cancer" | "gastric-cancer" | "colon-cancer" | "rectal-cancer" | "end-stage-renal-disease" | "child-acute-lymphoblastic-leukemia" | "child-acute-promyelocytic-leukemia" | "child-atrial-septal-defect" | "child-ventricular-septal-defect" | "lung-cancer" | "breast-cancer" | "cervical-cancer" | "pneumoconiosis" | "liver-cancer" | "acute-myocardial-infarction" | "cataract" | "neuroblastoma" | "child-lymphoma" | "osteosarcoma" | "hemophilia" | "thalassemia" | "cleft-lip-palate" | "hypospadias") | null;
            };
            /**
             * Format: date
             * @example 2019-03-10
             */
            dischargedOn?: string;
            hospitalId?: string;
            /** @enum {string} */
            kind: "inpatient" | "outpatient" | "chronic-outpatient";
            /**
             * @description Resident identity number (GB 11643)
             * @example 110101199003070011
             */
            personId: string;
            /** @description Default: {"registered":false,"emergency":false}. */
            referral?: {
                emergency: boolean;
                registered: boolean;
            };
            /**
             * Format: date
             * @example 2019-03-10
             */
            servedOn?: string;
        };
        Contribution: {
            /** @enum {string} */
            category: "adult" | "minor-or-student" | "assisted-adult" | "assisted-minor-or-student";
            /** @description Yuan */
            finance: number;
            /** @description Yuan */
            medicalAssistance: number;
            /** @description Yuan */
            personal: number;
            personId: string;
            registeredPoor: boolean;
            /** @description Yuan */
            standard: number;
            year: number;
        };
        Diseases: {
            diseases: {
                code: string;
                /** @enum {string} */
                list: "major" | "chronic";
                name: string;
            }[];
        };
        EducationLedgerEntry: {
            academicYear: number;
            /** @description Yuan */
            amount: number;
            clause: string;
            evidence?: string;
            hardshipFinding?: string;
            /** @description Paid before the system; entered so caps count it */
            openingBalance?: boolean;
            /** @description Who recorded the payment (the caller’s subject) */
            paidBy: string;
            /**
             * Format: date
             * @example 2019-03-10
             */
            paidOn: string;
            paymentId: string;
            rule: string;
            /** @description The once-only slot the payment took (per year, per stage) */
            slot: string;
            /**
             * @description The register's stage when paid
             * @enum {string}
             */
            stage?: "preschool" | "compulsory" | "high-school" | "university-bachelor" | "university-junior-college";
            studentId: string;
            /** @enum {string} */
            type: "university-aid" | "milk-subsidy" | "hardship-aid";
        };
        /** @description A payment made before the system (earlier academic years), entered so the caps count it */
        EducationOpeningBalance: {
            academicYear: number;
            /**
             * @description Amount in yuan, at most two decimals
             * @example 1234.56
             */
            amount: number;
            evidence: string;
            /**
             * Format: date
             * @example 2019-03-10
             */
            paidOn: string;
            paymentId: string;
            /** @enum {string} */
            stage: "preschool" | "compulsory" | "high-school" | "university-bachelor" | "university-junior-college";
            /**
             * @description Resident identity number (GB 11643)
             * @example 110101199003070011
             */
            studentId: string;
            /** @enum {string} */
            type: "university-aid" | "milk-subsidy" | "hardship-aid";
        };
        EducationPayment: {
            academicYear: number;
            hardshipFinding?: string;
            /**
             * Format: date
             * @example 2019-03-10
             */
            paidOn: string;
            paymentId: string;
            /**
             * @description Resident identity number (GB 11643)
             * @example 110101199003070011
             */
            studentId: string;
            /** @enum {string} */
            type: "university-aid" | "milk-subsidy" | "hardship-aid";
        };
        EducationRegisterChange: {
            after: components["schemas"]["Student"];
            at: string;
            before: components["schemas"]["Student"] | null;
            by: string;
        };
        Eligibility: {
            chronicDiseases: components["schemas"]["ChronicCertification"][];
            hospitalId: string | null;
            householdId: string;
            name: string;
            /** @description Why pay-after-treatment is refused (empty when it is granted) */
            notPayAfterTreatmentBecause: ("not-registered" | "arrears-flag" | "outside-county")[];
            payAfterTreatment: boolean;
            personId: string;
            registeredPoor: boolean;
            year: components["schemas"]["YearFigures"];
        };
        ErrorDetail: {
            code?: string;
            message: string;
            path: string;
        };
        Health: {
            /** @constant */
            status: "ok";
        };
        HealthIndicators: {
            belowPolicyRangeFloor: {
                claims: number;
                clause: string;
                floorPercent: number;
                of: number;
                /** @description Percent, two decimals; null when there is nothing to divide by */
                percent: number | null;
            };
            chronicEffectiveRatio: {
                claims: number;
                clause: string;
                /** @description Whether the figure reaches the target of the policy in force; null when there is nothing to divide by */
                met: boolean | null;
                /** @description Percent, two decimals; null when there is nothing to divide by */
                percent: number | null;
                targetPercent: number;
            };
            /** @description 重特大疾病: payers over compliant cost less the deductible, against 90% (H 三.(二).5.5)) */
            criticalIllnessEffectiveRatio: {
                claims: number;
                clause: string;
                /** @description Whether the figure reaches the target of the policy in force; null when there is nothing to divide by */
                met: boolean | null;
                /** @description Percent, two decimals; null when there is nothing to divide by */
                percent: number | null;
                targetPercent: number;
            };
            inCountyAdmissions: {
                admissions: number;
                clause: string;
                inCounty: number;
                /** @description Whether the figure reaches the target of the policy in force; null when there is nothing to divide by */
                met: boolean | null;
                /** @description Percent, two decimals; null when there is nothing to divide by */
                percent: number | null;
                targetPercent: number;
            };
            majorDiseaseEffectiveRatio: {
                claims: number;
                clause: string;
                /** @description Whether the figure reaches the target of the policy in force; null when there is nothing to divide by */
                met: boolean | null;
                /** @description Percent, two decimals; null when there is nothing to divide by */
                percent: number | null;
                targetPercent: number;
            };
            paidAboveCapRule: {
                claims: number;
                clause: string;
                /** @description Yuan */
                yuan: number;
            };
            participation: {
                clause: string;
                insured: number;
                /** @description Whether the figure reaches the target of the policy in force; null when there is nothing to divide by */
                met: boolean | null;
                /** @description Percent, two decimals; null when there is nothing to divide by */
                percent: number | null;
                registered: number;
                targetPercent: number;
                /** @description Registered poor persons not insured for the year, by township */
                uninsured: {
                    householdId: string;
                    /** @description Masked name */
                    name: string;
                    /** @description Masked identity number */
                    personId: string;
                    township: string;
                    village: string;
                }[];
            };
        };
        HealthReport: {
            claims: number;
            files: {
                /**
                 * Format: uri
                 * @description Short-lived signed link (5 minutes)
                 */
                csv: string;
                /**
                 * Format: uri
                 * @description Short-lived signed link (5 minutes)
                 */
                json: string;
                /**
                 * Format: uri
                 * @description Short-lived signed link (5 minutes)
                 */
                xlsx: string;
            };
            hospitals: {
                /** @description Yuan */
                basicInsurance: number;
                claims: number;
                /** @description Yuan */
                commercialInsurance: number;
                /** @description Yuan */
                criticalIllnessInsurance: number;
                /** @description Yuan */
                financeDeliveryFee: number;
                /** @description Yuan */
                hospital: number;
                hospitalId: string;
                /** @description Yuan */
                medicalAssistance: number;
                name: string;
                outOfCatalogueLimitPercent: number | null;
                /** @description Percent, two decimals; null when there is nothing to divide by */
                outOfCatalogueSharePercent: number | null;
                overLimit: boolean;
                /** @description Yuan */
                patient: number;
                /** @description Yuan */
                safetyNetFund: number;
            }[];
            indicators: components["schemas"]["HealthIndicators"];
            month: string;
            payers: {
                /** @description Yuan */
                basicInsurance: number;
                /** @description Yuan */
                commercialInsurance: number;
                /** @description Yuan */
                criticalIllnessInsurance: number;
                /** @description Yuan */
                financeDeliveryFee: number;
                /** @description Yuan */
                hospital: number;
                /** @description Yuan */
                medicalAssistance: number;
                /** @description Yuan */
                patient: number;
                /** @description Yuan */
                safetyNetFund: number;
            };
            revision: number;
        };
        HealthReportRun: {
            claims: number;
            indicators: components["schemas"]["HealthIndicators"];
            month: string;
            reportKey: string;
            revision: number;
            /** @description True when the same figures were already stored (nothing written) */
            unchanged: boolean;
        };
        Hospital: {
            cataractProgramme: boolean;
            /** @enum {string} */
            grade: "primary" | "secondary" | "tertiary";
            hospitalId: string;
            inCounty: boolean;
            /** @enum {string} */
            level: "township" | "county" | "prefecture" | "region" | "outside";
            majorDiseaseDesignated: boolean;
            name: string;
            secondaryOutOfCatalogueLimit: boolean;
        };
        HospitalMonth: {
            claims: {
                amounts: {
                    [key: string]: number;
                };
                claimId: string;
                kind: string;
                /** @description Masked identity number */
                personId: string;
                serviceDate: string;
                settledAt: string;
                /** @enum {string} */
                status: "settled" | "voided";
                voidedAt?: string;
            }[];
            hospitalId: string;
            month: string;
            settled: number;
            /** @description Yuan per payer over the settled (not voided) claims; total = the bills */
            totals: {
                [key: string]: number;
            };
            voided: number;
        };
        Hospitals: {
            hospitals: components["schemas"]["Hospital"][];
        };
        Household: {
            arrears: {
                flagged: boolean;
                flaggedByHospital?: string;
                reason?: string;
            };
            claims: {
                /** @description Payer → yuan, as settled */
                amounts: {
                    [key: string]: number;
                };
                claimId: string;
                hospitalId: string;
                kind?: string;
                personId: string;
                serviceDate?: string;
                /** @enum {string} */
                status: "settled" | "voided";
                year: number;
            }[];
            education: {
                name: string;
                payments: {
                    academicYear: number;
                    /** @description Yuan */
                    amount: number;
                    clause: string;
                    paidOn: string;
                    paymentId: string;
                    rule: string;
                    studentId: string;
                    type: string;
                }[];
                studentId: string;
                total: number;
            }[];
            householdId: string;
            housing: {
                appliedOn: string;
                caseId: string;
                committed: number;
                grade: string;
                paid: number;
                paidOn?: string;
                photos: {
                    decidedOn?: string;
                    kind: string;
                    photoId: string;
                    status: string;
                }[];
                programme: string;
                status: string;
            } | null;
            members: components["schemas"]["PersonView"][];
            rangers: {
                from: string;
                pay: {
                    amount: number;
                    month: string;
                }[];
                personId: string;
                releasedOn?: string;
                status: string;
                total: number;
                township: string;
            }[];
            /** @description Yuan per programme and year: medical = every payer but the patient on settled claims */
            totals: {
                amount: number;
                /** @enum {string} */
                programme: "medical" | "housing" | "education" | "ranger";
                year: number;
            }[];
            township: string;
            village: string;
        };
        HousingActor: {
            /** @enum {string} */
            role: "hospital" | "township" | "poverty-office" | "insurance-bureau" | "health-commission" | "housing-office" | "education-bureau" | "forestry-bureau" | "finance" | "civil-affairs" | "disabled-federation" | "audit";
            sub: string;
            township?: string;
        };
        /** @description A renovation case (money in yuan, areas in m²) */
        HousingCase: {
            /** @enum {string} */
            appliedGrade: "C" | "D" | "no-house";
            /**
             * Format: date
             * @example 2019-03-10
             */
            appliedOn: string;
            appraisal?: {
                appraiser: string;
                /** @enum {string} */
                grade: "C" | "D" | "none";
                /**
                 * Format: date
                 * @example 2019-03-10
                 */
                on: string;
            };
            /** @description Absent on cases opened before attestations */
            attestations?: {
                agriculturalRegistration: {
                    by: string;
                    /**
                     * Format: date
                     * @example 2019-03-10
                     */
                    on: string;
                };
                housing: {
                    by: string;
                    /**
                     * Format: date
                     * @example 2019-03-10
                     */
                    on: string;
                };
                livesInVillage: {
                    by: string;
                    /**
                     * Format: date
                     * @example 2019-03-10
                     */
                    on: string;
                };
            };
            caseId: string;
            /**
             * Format: date
             * @example 2019-03-10
             */
            completionBy?: string;
            /**
             * Format: date
             * @example 2019-03-10
             */
            constructionStartedOn?: string;
            createdBy: components["schemas"]["HousingActor"];
            /** @description The one-household file's completeness (R1 九.(五), R2 八.(五)): in a case file and a step's answer, absent in lists */
            documents?: components["schemas"]["HousingDocuments"];
            finalAcceptance?: {
                /** @description m² */
                builtArea: number;
                /**
                 * Format: date
                 * @example 2019-03-10
                 */
                on: string;
            };
            /**
             * @description The appraised grade once there is one, else the applied grade
             * @enum {string}
             */
            grade: "C" | "D" | "no-house";
            householderId: string;
            householdId: string;
            /** @enum {string} */
            identityBasis: "registered-poor" | "welfare" | "disabled-household";
            identityPassedBy: ("hospital" | "township" | "poverty-office" | "insurance-bureau" | "health-commission" | "housing-office" | "education-bureau" | "forestry-bureau" | "finance" | "civil-affairs" | "disabled-federation" | "audit")[];
            inRelocationPlan: boolean;
            largeHousehold: boolean;
            /**
             * Format: date
             * @example 2019-03-10
             */
            lastEventOn: string;
            lastReturn?: {
                by: components["schemas"]["HousingActor"];
                /** @enum {string} */
                from: "village-review" | "village-notice" | "township-review" | "township-notice" | "identity-check" | "appraisal" | "approval" | "agreement" | "moved-out" | "construction-start" | "preliminary-acceptance" | "final-acceptance" | "payment";
                /**
                 * Format: date
                 * @example 2019-03-10
                 */
                on: string;
                reason: string;
            };
            /** @enum {string} */
            mode: "self-build" | "government-backed" | "mutual-aid" | "repair";
            movedOut?: {
                arrangement: string;
                /**
                 * Format: date
                 * @example 2019-03-10
                 */
                on: string;
            };
            /** @description What the case waits for: the next step, who takes it, and every event it accepts now; absent when closed */
            next?: {
                actions: {
                    roles: ("hospital" | "township" | "poverty-office" | "insurance-bureau" | "health-commission" | "housing-office" | "education-bureau" | "forestry-bureau" | "finance" | "civil-affairs" | "disabled-federation" | "audit")[];
                    /** @enum {string} */
                    type: "village-review" | "village-notice" | "township-review" | "township-notice" | "identity-check" | "appraisal" | "approval" | "agreement" | "moved-out" | "construction-start" | "preliminary-acceptance" | "final-acceptance" | "payment" | "return" | "refuse" | "sale";
                }[];
                roles: ("hospital" | "township" | "poverty-office" | "insurance-bureau" | "health-commission" | "housing-office" | "education-bureau" | "forestry-bureau" | "finance" | "civil-affairs" | "disabled-federation" | "audit")[];
                /** @enum {string} */
                step: "village-review" | "village-notice" | "township-review" | "township-notice" | "identity-check" | "appraisal" | "approval" | "agreement" | "moved-out" | "construction-start" | "preliminary-acceptance" | "final-acceptance" | "payment";
            };
            photos: {
                accepted: {
                    after: number;
                    agreement: number;
                    application: number;
                    "appraisal-report": number;
                    approval: number;
                    before: number;
                    householder: number;
                    "identity-proof": number;
                    "income-proof": number;
                    "welfare-certificate": number;
                };
                pending: number;
                rejected: number;
            };
            /** @description m² */
            plannedArea: number;
            policyId: string;
            preliminaryAcceptance?: {
                /** @description m² */
                builtArea: number;
                /** @enum {string} */
                oldHouse?: "demolished" | "sealed";
                /**
                 * Format: date
                 * @example 2019-03-10
                 */
                on: string;
            };
            /** @description The household's earlier, closed case this one follows (R2 三) */
            previousCaseId?: string;
            /** @enum {string} */
            programme: "R1" | "R2";
            refusal?: {
                evidence: string;
                /**
                 * Format: date
                 * @example 2019-03-10
                 */
                on: string;
            };
            /** @description Yuan */
            repairCost?: number;
            safetyNet: boolean;
            sale?: {
                /** @description The government backing money due back (R2 八.(二)) */
                amountDue: number;
                clause: string;
                /** @description Sold before five years from final acceptance */
                early: boolean;
                /**
                 * Format: date
                 * @example 2019-03-10
                 */
                fiveYearsFrom: string;
                /**
                 * Format: date
                 * @example 2019-03-10
                 */
                on: string;
            };
            stableExit: boolean;
            /** @enum {string} */
            status: "applied" | "village-reviewed" | "village-noticed" | "township-reviewed" | "township-noticed" | "identity-checked" | "appraised" | "approved" | "agreement-signed" | "moved-out" | "under-construction" | "preliminary-accepted" | "final-accepted" | "paid" | "returned" | "refused" | "not-dangerous" | "subsidy-cancelled";
            subsidy: {
                account?: string;
                cancelled?: {
                    /** @description m² */
                    builtArea: number;
                    clause: string;
                    /** @description m² */
                    limit: number;
                    reason: string;
                };
                clause: string;
                /** @description Yuan due under the current facts (0 when cancelled) */
                committed: number;
                /** @description Yuan */
                paid: number;
                /**
                 * Format: date
                 * @example 2019-03-10
                 */
                paidOn?: string;
                rule: string;
            };
            /** @enum {string} */
            township: "chengjisihan" | "zhonghe" | "moguqi" | "dahewan" | "woniuhe" | "haduohe" | "chaihe" | "haoraoshan" | "wadi" | "nanmu" | "dawoer" | "samajie" | "gaotaizi" | "tiedong" | "hexi" | "xiangyang";
            /** @description Events so far */
            version: number;
            village: string;
        };
        /** @description The case after the step, with the history entry it added */
        HousingCaseAfterStep: {
            /** @enum {string} */
            appliedGrade: "C" | "D" | "no-house";
            /**
             * Format: date
             * @example 2019-03-10
             */
            appliedOn: string;
            appraisal?: {
                appraiser: string;
                /** @enum {string} */
                grade: "C" | "D" | "none";
                /**
                 * Format: date
                 * @example 2019-03-10
                 */
                on: string;
            };
            /** @description Absent on cases opened before attestations */
            attestations?: {
                agriculturalRegistration: {
                    by: string;
                    /**
                     * Format: date
                     * @example 2019-03-10
                     */
                    on: string;
                };
                housing: {
                    by: string;
                    /**
                     * Format: date
                     * @example 2019-03-10
                     */
                    on: string;
                };
                livesInVillage: {
                    by: string;
                    /**
                     * Format: date
                     * @example 2019-03-10
                     */
                    on: string;
                };
            };
            caseId: string;
            /**
             * Format: date
             * @example 2019-03-10
             */
            completionBy?: string;
            /**
             * Format: date
             * @example 2019-03-10
             */
            constructionStartedOn?: string;
            createdBy: components["schemas"]["HousingActor"];
            /** @description The one-household file's completeness (R1 九.(五), R2 八.(五)): in a case file and a step's answer, absent in lists */
            documents?: components["schemas"]["HousingDocuments"];
            event: components["schemas"]["HousingHistoryEntry"];
            finalAcceptance?: {
                /** @description m² */
                builtArea: number;
                /**
                 * Format: date
                 * @example 2019-03-10
                 */
                on: string;
            };
            /**
             * @description The appraised grade once there is one, else the applied grade
             * @enum {string}
             */
            grade: "C" | "D" | "no-house";
            householderId: string;
            householdId: string;
            /** @enum {string} */
            identityBasis: "registered-poor" | "welfare" | "disabled-household";
            identityPassedBy: ("hospital" | "township" | "poverty-office" | "insurance-bureau" | "health-commission" | "housing-office" | "education-bureau" | "forestry-bureau" | "finance" | "civil-affairs" | "disabled-federation" | "audit")[];
            inRelocationPlan: boolean;
            largeHousehold: boolean;
            /**
             * Format: date
             * @example 2019-03-10
             */
            lastEventOn: string;
            lastReturn?: {
                by: components["schemas"]["HousingActor"];
                /** @enum {string} */
                from: "village-review" | "village-notice" | "township-review" | "township-notice" | "identity-check" | "appraisal" | "approval" | "agreement" | "moved-out" | "construction-start" | "preliminary-acceptance" | "final-acceptance" | "payment";
                /**
                 * Format: date
                 * @example 2019-03-10
                 */
                on: string;
                reason: string;
            };
            /** @enum {string} */
            mode: "self-build" | "government-backed" | "mutual-aid" | "repair";
            movedOut?: {
                arrangement: string;
                /**
                 * Format: date
                 * @example 2019-03-10
                 */
                on: string;
            };
            /** @description What the case waits for: the next step, who takes it, and every event it accepts now; absent when closed */
            next?: {
                actions: {
                    roles: ("hospital" | "township" | "poverty-office" | "insurance-bureau" | "health-commission" | "housing-office" | "education-bureau" | "forestry-bureau" | "finance" | "civil-affairs" | "disabled-federation" | "audit")[];
                    /** @enum {string} */
                    type: "village-review" | "village-notice" | "township-review" | "township-notice" | "identity-check" | "appraisal" | "approval" | "agreement" | "moved-out" | "construction-start" | "preliminary-acceptance" | "final-acceptance" | "payment" | "return" | "refuse" | "sale";
                }[];
                roles: ("hospital" | "township" | "poverty-office" | "insurance-bureau" | "health-commission" | "housing-office" | "education-bureau" | "forestry-bureau" | "finance" | "civil-affairs" | "disabled-federation" | "audit")[];
                /** @enum {string} */
                step: "village-review" | "village-notice" | "township-review" | "township-notice" | "identity-check" | "appraisal" | "approval" | "agreement" | "moved-out" | "construction-start" | "preliminary-acceptance" | "final-acceptance" | "payment";
            };
            photos: {
                accepted: {
                    after: number;
                    agreement: number;
                    application: number;
                    "appraisal-report": number;
                    approval: number;
                    before: number;
                    householder: number;
                    "identity-proof": number;
                    "income-proof": number;
                    "welfare-certificate": number;
                };
                pending: number;
                rejected: number;
            };
            /** @description m² */
            plannedArea: number;
            policyId: string;
            preliminaryAcceptance?: {
                /** @description m² */
                builtArea: number;
                /** @enum {string} */
                oldHouse?: "demolished" | "sealed";
                /**
                 * Format: date
                 * @example 2019-03-10
                 */
                on: string;
            };
            /** @description The household's earlier, closed case this one follows (R2 三) */
            previousCaseId?: string;
            /** @enum {string} */
            programme: "R1" | "R2";
            refusal?: {
                evidence: string;
                /**
                 * Format: date
                 * @example 2019-03-10
                 */
                on: string;
            };
            /** @description Yuan */
            repairCost?: number;
            safetyNet: boolean;
            sale?: {
                /** @description The government backing money due back (R2 八.(二)) */
                amountDue: number;
                clause: string;
                /** @description Sold before five years from final acceptance */
                early: boolean;
                /**
                 * Format: date
                 * @example 2019-03-10
                 */
                fiveYearsFrom: string;
                /**
                 * Format: date
                 * @example 2019-03-10
                 */
                on: string;
            };
            stableExit: boolean;
            /** @enum {string} */
            status: "applied" | "village-reviewed" | "village-noticed" | "township-reviewed" | "township-noticed" | "identity-checked" | "appraised" | "approved" | "agreement-signed" | "moved-out" | "under-construction" | "preliminary-accepted" | "final-accepted" | "paid" | "returned" | "refused" | "not-dangerous" | "subsidy-cancelled";
            subsidy: {
                account?: string;
                cancelled?: {
                    /** @description m² */
                    builtArea: number;
                    clause: string;
                    /** @description m² */
                    limit: number;
                    reason: string;
                };
                clause: string;
                /** @description Yuan due under the current facts (0 when cancelled) */
                committed: number;
                /** @description Yuan */
                paid: number;
                /**
                 * Format: date
                 * @example 2019-03-10
                 */
                paidOn?: string;
                rule: string;
            };
            /** @enum {string} */
            township: "chengjisihan" | "zhonghe" | "moguqi" | "dahewan" | "woniuhe" | "haduohe" | "chaihe" | "haoraoshan" | "wadi" | "nanmu" | "dawoer" | "samajie" | "gaotaizi" | "tiedong" | "hexi" | "xiangyang";
            /** @description Events so far */
            version: number;
            village: string;
        };
        /** @description One household, one file: the case, its history and its photos */
        HousingCaseFile: {
            /** @enum {string} */
            appliedGrade: "C" | "D" | "no-house";
            /**
             * Format: date
             * @example 2019-03-10
             */
            appliedOn: string;
            appraisal?: {
                appraiser: string;
                /** @enum {string} */
                grade: "C" | "D" | "none";
                /**
                 * Format: date
                 * @example 2019-03-10
                 */
                on: string;
            };
            /** @description Absent on cases opened before attestations */
            attestations?: {
                agriculturalRegistration: {
                    by: string;
                    /**
                     * Format: date
                     * @example 2019-03-10
                     */
                    on: string;
                };
                housing: {
                    by: string;
                    /**
                     * Format: date
                     * @example 2019-03-10
                     */
                    on: string;
                };
                livesInVillage: {
                    by: string;
                    /**
                     * Format: date
                     * @example 2019-03-10
                     */
                    on: string;
                };
            };
            caseId: string;
            /**
             * Format: date
             * @example 2019-03-10
             */
            completionBy?: string;
            /**
             * Format: date
             * @example 2019-03-10
             */
            constructionStartedOn?: string;
            createdBy: components["schemas"]["HousingActor"];
            /** @description The one-household file's completeness (R1 九.(五), R2 八.(五)): in a case file and a step's answer, absent in lists */
            documents?: components["schemas"]["HousingDocuments"];
            finalAcceptance?: {
                /** @description m² */
                builtArea: number;
                /**
                 * Format: date
                 * @example 2019-03-10
                 */
                on: string;
            };
            /**
             * @description The appraised grade once there is one, else the applied grade
             * @enum {string}
             */
            grade: "C" | "D" | "no-house";
            history: components["schemas"]["HousingHistoryEntry"][];
            householderId: string;
            householdId: string;
            /** @enum {string} */
            identityBasis: "registered-poor" | "welfare" | "disabled-household";
            identityPassedBy: ("hospital" | "township" | "poverty-office" | "insurance-bureau" | "health-commission" | "housing-office" | "education-bureau" | "forestry-bureau" | "finance" | "civil-affairs" | "disabled-federation" | "audit")[];
            inRelocationPlan: boolean;
            largeHousehold: boolean;
            /**
             * Format: date
             * @example 2019-03-10
             */
            lastEventOn: string;
            lastReturn?: {
                by: components["schemas"]["HousingActor"];
                /** @enum {string} */
                from: "village-review" | "village-notice" | "township-review" | "township-notice" | "identity-check" | "appraisal" | "approval" | "agreement" | "moved-out" | "construction-start" | "preliminary-acceptance" | "final-acceptance" | "payment";
                /**
                 * Format: date
                 * @example 2019-03-10
                 */
                on: string;
                reason: string;
            };
            /** @enum {string} */
            mode: "self-build" | "government-backed" | "mutual-aid" | "repair";
            movedOut?: {
                arrangement: string;
                /**
                 * Format: date
                 * @example 2019-03-10
                 */
                on: string;
            };
            /** @description What the case waits for: the next step, who takes it, and every event it accepts now; absent when closed */
            next?: {
                actions: {
                    roles: ("hospital" | "township" | "poverty-office" | "insurance-bureau" | "health-commission" | "housing-office" | "education-bureau" | "forestry-bureau" | "finance" | "civil-affairs" | "disabled-federation" | "audit")[];
                    /** @enum {string} */
                    type: "village-review" | "village-notice" | "township-review" | "township-notice" | "identity-check" | "appraisal" | "approval" | "agreement" | "moved-out" | "construction-start" | "preliminary-acceptance" | "final-acceptance" | "payment" | "return" | "refuse" | "sale";
                }[];
                roles: ("hospital" | "township" | "poverty-office" | "insurance-bureau" | "health-commission" | "housing-office" | "education-bureau" | "forestry-bureau" | "finance" | "civil-affairs" | "disabled-federation" | "audit")[];
                /** @enum {string} */
                step: "village-review" | "village-notice" | "township-review" | "township-notice" | "identity-check" | "appraisal" | "approval" | "agreement" | "moved-out" | "construction-start" | "preliminary-acceptance" | "final-acceptance" | "payment";
            };
            photoList: components["schemas"]["HousingPhoto"][];
            photos: {
                accepted: {
                    after: number;
                    agreement: number;
                    application: number;
                    "appraisal-report": number;
                    approval: number;
                    before: number;
                    householder: number;
                    "identity-proof": number;
                    "income-proof": number;
                    "welfare-certificate": number;
                };
                pending: number;
                rejected: number;
            };
            /** @description m² */
            plannedArea: number;
            policyId: string;
            preliminaryAcceptance?: {
                /** @description m² */
                builtArea: number;
                /** @enum {string} */
                oldHouse?: "demolished" | "sealed";
                /**
                 * Format: date
                 * @example 2019-03-10
                 */
                on: string;
            };
            /** @description The household's earlier, closed case this one follows (R2 三) */
            previousCaseId?: string;
            /** @enum {string} */
            programme: "R1" | "R2";
            refusal?: {
                evidence: string;
                /**
                 * Format: date
                 * @example 2019-03-10
                 */
                on: string;
            };
            /** @description Yuan */
            repairCost?: number;
            safetyNet: boolean;
            sale?: {
                /** @description The government backing money due back (R2 八.(二)) */
                amountDue: number;
                clause: string;
                /** @description Sold before five years from final acceptance */
                early: boolean;
                /**
                 * Format: date
                 * @example 2019-03-10
                 */
                fiveYearsFrom: string;
                /**
                 * Format: date
                 * @example 2019-03-10
                 */
                on: string;
            };
            stableExit: boolean;
            /** @enum {string} */
            status: "applied" | "village-reviewed" | "village-noticed" | "township-reviewed" | "township-noticed" | "identity-checked" | "appraised" | "approved" | "agreement-signed" | "moved-out" | "under-construction" | "preliminary-accepted" | "final-accepted" | "paid" | "returned" | "refused" | "not-dangerous" | "subsidy-cancelled";
            subsidy: {
                account?: string;
                cancelled?: {
                    /** @description m² */
                    builtArea: number;
                    clause: string;
                    /** @description m² */
                    limit: number;
                    reason: string;
                };
                clause: string;
                /** @description Yuan due under the current facts (0 when cancelled) */
                committed: number;
                /** @description Yuan */
                paid: number;
                /**
                 * Format: date
                 * @example 2019-03-10
                 */
                paidOn?: string;
                rule: string;
            };
            /** @enum {string} */
            township: "chengjisihan" | "zhonghe" | "moguqi" | "dahewan" | "woniuhe" | "haduohe" | "chaihe" | "haoraoshan" | "wadi" | "nanmu" | "dawoer" | "samajie" | "gaotaizi" | "tiedong" | "hexi" | "xiangyang";
            /** @description Events so far */
            version: number;
            village: string;
        };
        HousingCasePage: {
            cases: components["schemas"]["HousingCase"][];
            /** @description Pass back as ?nextToken= for the next page */
            nextToken?: string;
        };
        HousingCaseRequest: {
            /**
             * Format: date
             * @example 2019-03-10
             */
            appliedOn: string;
            /** @description Eligibility facts the roster cannot answer, each with who attested and when (R1 四.(一), 五.(一); R2 四.(一)) */
            attestations: {
                agriculturalRegistration: components["schemas"]["Attestation"];
                /** @description The only house (C/D), or for a no-house household that no member owns a house */
                housing: components["schemas"]["Attestation"];
                livesInVillage: components["schemas"]["Attestation"];
            };
            /** @enum {string} */
            grade: "C" | "D" | "no-house";
            /**
             * @description Resident identity number (GB 11643)
             * @example 110101199003070011
             */
            householderId: string;
            householdId: string;
            inRelocationPlan?: boolean;
            largeHousehold?: boolean;
            /** @enum {string} */
            mode: "self-build" | "government-backed" | "mutual-aid" | "repair";
            /** @description m² */
            plannedArea: number;
            /** @enum {string} */
            programme: "R1" | "R2";
            /**
             * @description Amount in yuan, at most two decimals
             * @example 1234.56
             */
            repairCost?: number;
            /** @enum {string} */
            township: "chengjisihan" | "zhonghe" | "moguqi" | "dahewan" | "woniuhe" | "haduohe" | "chaihe" | "haoraoshan" | "wadi" | "nanmu" | "dawoer" | "samajie" | "gaotaizi" | "tiedong" | "hexi" | "xiangyang";
            village: string;
        };
        HousingDocuments: {
            /** @description Every document the policy requires of this file has an accepted upload */
            complete: boolean;
            items: {
                clause: string;
                /** @description The step it follows is done */
                due: boolean;
                /** @description The document exists from this step on */
                dueAfter: "applied" | ("village-review" | "village-notice" | "township-review" | "township-notice" | "identity-check" | "appraisal" | "approval" | "agreement" | "moved-out" | "construction-start" | "preliminary-acceptance" | "final-acceptance" | "payment");
                /** @enum {string} */
                kind: "before" | "after" | "application" | "householder" | "identity-proof" | "welfare-certificate" | "income-proof" | "appraisal-report" | "approval" | "agreement";
                present: boolean;
                /**
                 * @description The step refused while it is missing (409 documents-missing)
                 * @enum {string}
                 */
                requiredAt: "village-review" | "village-notice" | "township-review" | "township-notice" | "identity-check" | "appraisal" | "approval" | "agreement" | "moved-out" | "construction-start" | "preliminary-acceptance" | "final-acceptance" | "payment";
            }[];
            /** @description Required, without an accepted upload */
            missing: ("before" | "after" | "application" | "householder" | "identity-proof" | "welfare-certificate" | "income-proof" | "appraisal-report" | "approval" | "agreement")[];
            /** @description Missing although the step it follows is done */
            overdue: ("before" | "after" | "application" | "householder" | "identity-proof" | "welfare-certificate" | "income-proof" | "appraisal-report" | "approval" | "agreement")[];
            present: number;
            required: number;
        };
        HousingEvent: {
            /**
             * Format: date
             * @example 2019-03-10
             */
            on: string;
            passed: boolean;
            reason?: string;
            /** @constant */
            type: "village-review";
        } | {
            /**
             * Format: date
             * @example 2019-03-10
             */
            from: string;
            /** @enum {string} */
            objections: "none" | "resolved";
            /**
             * Format: date
             * @example 2019-03-10
             */
            on: string;
            /**
             * Format: date
             * @example 2019-03-10
             */
            to: string;
            /** @constant */
            type: "village-notice";
        } | {
            /**
             * Format: date
             * @example 2019-03-10
             */
            homeVisitOn?: string;
            /**
             * Format: date
             * @example 2019-03-10
             */
            meetingOn?: string;
            /**
             * Format: date
             * @example 2019-03-10
             */
            on: string;
            passed: boolean;
            reason?: string;
            /** @constant */
            type: "township-review";
        } | {
            /**
             * Format: date
             * @example 2019-03-10
             */
            from: string;
            /** @constant */
            objections: "none";
            /**
             * Format: date
             * @example 2019-03-10
             */
            on: string;
            /**
             * Format: date
             * @example 2019-03-10
             */
            to: string;
            /** @constant */
            type: "township-notice";
        } | {
            /**
             * Format: date
             * @example 2019-03-10
             */
            on: string;
            passed: boolean;
            reason?: string;
            /** @constant */
            type: "identity-check";
        } | {
            appraiser: string;
            /** @enum {string} */
            grade: "C" | "D" | "none";
            /** @enum {string} */
            mode?: "self-build" | "government-backed" | "mutual-aid" | "repair";
            /**
             * Format: date
             * @example 2019-03-10
             */
            on: string;
            /** @description m² */
            plannedArea?: number;
            /**
             * @description Amount in yuan, at most two decimals
             * @example 1234.56
             */
            repairCost?: number;
            /** @constant */
            type: "appraisal";
        } | {
            /**
             * Format: date
             * @example 2019-03-10
             */
            noticeFrom: string;
            /**
             * Format: date
             * @example 2019-03-10
             */
            noticeTo: string;
            /** @constant */
            objections: "none";
            /**
             * Format: date
             * @example 2019-03-10
             */
            on: string;
            /** @constant */
            type: "approval";
        } | {
            /**
             * Format: date
             * @example 2019-03-10
             */
            completionBy: string;
            /**
             * Format: date
             * @example 2019-03-10
             */
            on: string;
            /** @constant */
            type: "agreement";
        } | {
            arrangement: string;
            /**
             * Format: date
             * @example 2019-03-10
             */
            on: string;
            /** @constant */
            type: "moved-out";
        } | {
            /**
             * Format: date
             * @example 2019-03-10
             */
            on: string;
            /** @constant */
            type: "construction-start";
        } | {
            /** @description m² */
            builtArea: number;
            /** @enum {string} */
            oldHouse?: "demolished" | "sealed";
            /**
             * Format: date
             * @example 2019-03-10
             */
            on: string;
            /** @constant */
            type: "preliminary-acceptance";
        } | {
            /** @description m² */
            builtArea: number;
            /**
             * Format: date
             * @example 2019-03-10
             */
            on: string;
            /**
             * @description Amount in yuan, at most two decimals
             * @example 1234.56
             */
            repairCost?: number;
            /** @constant */
            type: "final-acceptance";
        } | {
            account: string;
            /**
             * Format: date
             * @example 2019-03-10
             */
            on: string;
            /** @constant */
            type: "payment";
        } | {
            /**
             * Format: date
             * @example 2019-03-10
             */
            on: string;
            reason: string;
            /** @constant */
            type: "return";
        } | {
            evidence: string;
            /**
             * Format: date
             * @example 2019-03-10
             */
            on: string;
            /** @constant */
            type: "refuse";
        } | {
            evidence: string;
            /**
             * Format: date
             * @example 2019-03-10
             */
            on: string;
            /** @constant */
            type: "sale";
        };
        HousingHistoryEntry: {
            actor: components["schemas"]["HousingActor"];
            caseId: string;
            data: {
                /**
                 * Format: date
                 * @example 2019-03-10
                 */
                appliedOn: string;
                /** @description Eligibility facts attested on application: who and when (R1 四.(一), 五.(一); R2 四.(一)) */
                attestations: {
                    agriculturalRegistration: {
                        by: string;
                        /**
                         * Format: date
                         * @example 2019-03-10
                         */
                        on: string;
                    };
                    housing: {
                        by: string;
                        /**
                         * Format: date
                         * @example 2019-03-10
                         */
                        on: string;
                    };
                    livesInVillage: {
                        by: string;
                        /**
                         * Format: date
                         * @example 2019-03-10
                         */
                        on: string;
                    };
                };
                /** @enum {string} */
                grade: "C" | "D" | "no-house";
                householderId: string;
                householdId: string;
                /** @enum {string} */
                identityBasis: "registered-poor" | "welfare" | "disabled-household";
                inRelocationPlan?: boolean;
                largeHousehold?: boolean;
                /** @enum {string} */
                mode: "self-build" | "government-backed" | "mutual-aid" | "repair";
                /** @description m² */
                plannedArea: number;
                policyId: string;
                /** @enum {string} */
                programme: "R1" | "R2";
                /** @description Yuan */
                repairCost?: number;
                safetyNet: boolean;
                /** @description Yuan */
                subsidy: number;
                /** @enum {string} */
                township: "chengjisihan" | "zhonghe" | "moguqi" | "dahewan" | "woniuhe" | "haduohe" | "chaihe" | "haoraoshan" | "wadi" | "nanmu" | "dawoer" | "samajie" | "gaotaizi" | "tiedong" | "hexi" | "xiangyang";
                village: string;
            };
            /**
             * Format: date
             * @example 2019-03-10
             */
            on: string;
            seq: number;
            /** @enum {string} */
            statusAfter: "applied" | "village-reviewed" | "village-noticed" | "township-reviewed" | "township-noticed" | "identity-checked" | "appraised" | "approved" | "agreement-signed" | "moved-out" | "under-construction" | "preliminary-accepted" | "final-accepted" | "paid" | "returned" | "refused" | "not-dangerous" | "subsidy-cancelled";
            statusBefore: ("applied" | "village-reviewed" | "village-noticed" | "township-reviewed" | "township-noticed" | "identity-checked" | "appraised" | "approved" | "agreement-signed" | "moved-out" | "under-construction" | "preliminary-accepted" | "final-accepted" | "paid" | "returned" | "refused" | "not-dangerous" | "subsidy-cancelled") | null;
            /** @constant */
            type: "applied";
        } | {
            actor: components["schemas"]["HousingActor"];
            caseId: string;
            data: {
                passed: boolean;
                reason?: string;
                rectify?: boolean;
                /** @enum {string} */
                returnedFrom?: "village-review" | "village-notice" | "township-review" | "township-notice" | "identity-check" | "appraisal" | "approval" | "agreement" | "moved-out" | "construction-start" | "preliminary-acceptance" | "final-acceptance" | "payment";
            };
            /**
             * Format: date
             * @example 2019-03-10
             */
            on: string;
            seq: number;
            /** @enum {string} */
            statusAfter: "applied" | "village-reviewed" | "village-noticed" | "township-reviewed" | "township-noticed" | "identity-checked" | "appraised" | "approved" | "agreement-signed" | "moved-out" | "under-construction" | "preliminary-accepted" | "final-accepted" | "paid" | "returned" | "refused" | "not-dangerous" | "subsidy-cancelled";
            statusBefore: ("applied" | "village-reviewed" | "village-noticed" | "township-reviewed" | "township-noticed" | "identity-checked" | "appraised" | "approved" | "agreement-signed" | "moved-out" | "under-construction" | "preliminary-accepted" | "final-accepted" | "paid" | "returned" | "refused" | "not-dangerous" | "subsidy-cancelled") | null;
            /** @constant */
            type: "village-review";
        } | {
            actor: components["schemas"]["HousingActor"];
            caseId: string;
            data: {
                days: number;
                /**
                 * Format: date
                 * @example 2019-03-10
                 */
                from: string;
                /** @enum {string} */
                objections: "none" | "resolved";
                /**
                 * Format: date
                 * @example 2019-03-10
                 */
                to: string;
            };
            /**
             * Format: date
             * @example 2019-03-10
             */
            on: string;
            seq: number;
            /** @enum {string} */
            statusAfter: "applied" | "village-reviewed" | "village-noticed" | "township-reviewed" | "township-noticed" | "identity-checked" | "appraised" | "approved" | "agreement-signed" | "moved-out" | "under-construction" | "preliminary-accepted" | "final-accepted" | "paid" | "returned" | "refused" | "not-dangerous" | "subsidy-cancelled";
            statusBefore: ("applied" | "village-reviewed" | "village-noticed" | "township-reviewed" | "township-noticed" | "identity-checked" | "appraised" | "approved" | "agreement-signed" | "moved-out" | "under-construction" | "preliminary-accepted" | "final-accepted" | "paid" | "returned" | "refused" | "not-dangerous" | "subsidy-cancelled") | null;
            /** @constant */
            type: "village-notice";
        } | {
            actor: components["schemas"]["HousingActor"];
            caseId: string;
            data: {
                /**
                 * Format: date
                 * @example 2019-03-10
                 */
                homeVisitOn?: string;
                /**
                 * Format: date
                 * @example 2019-03-10
                 */
                meetingOn?: string;
                passed: boolean;
                reason?: string;
                rectify?: boolean;
                /** @enum {string} */
                returnedFrom?: "village-review" | "village-notice" | "township-review" | "township-notice" | "identity-check" | "appraisal" | "approval" | "agreement" | "moved-out" | "construction-start" | "preliminary-acceptance" | "final-acceptance" | "payment";
            };
            /**
             * Format: date
             * @example 2019-03-10
             */
            on: string;
            seq: number;
            /** @enum {string} */
            statusAfter: "applied" | "village-reviewed" | "village-noticed" | "township-reviewed" | "township-noticed" | "identity-checked" | "appraised" | "approved" | "agreement-signed" | "moved-out" | "under-construction" | "preliminary-accepted" | "final-accepted" | "paid" | "returned" | "refused" | "not-dangerous" | "subsidy-cancelled";
            statusBefore: ("applied" | "village-reviewed" | "village-noticed" | "township-reviewed" | "township-noticed" | "identity-checked" | "appraised" | "approved" | "agreement-signed" | "moved-out" | "under-construction" | "preliminary-accepted" | "final-accepted" | "paid" | "returned" | "refused" | "not-dangerous" | "subsidy-cancelled") | null;
            /** @constant */
            type: "township-review";
        } | {
            actor: components["schemas"]["HousingActor"];
            caseId: string;
            data: {
                days: number;
                /**
                 * Format: date
                 * @example 2019-03-10
                 */
                from: string;
                /** @enum {string} */
                objections: "none" | "resolved";
                /**
                 * Format: date
                 * @example 2019-03-10
                 */
                to: string;
            };
            /**
             * Format: date
             * @example 2019-03-10
             */
            on: string;
            seq: number;
            /** @enum {string} */
            statusAfter: "applied" | "village-reviewed" | "village-noticed" | "township-reviewed" | "township-noticed" | "identity-checked" | "appraised" | "approved" | "agreement-signed" | "moved-out" | "under-construction" | "preliminary-accepted" | "final-accepted" | "paid" | "returned" | "refused" | "not-dangerous" | "subsidy-cancelled";
            statusBefore: ("applied" | "village-reviewed" | "village-noticed" | "township-reviewed" | "township-noticed" | "identity-checked" | "appraised" | "approved" | "agreement-signed" | "moved-out" | "under-construction" | "preliminary-accepted" | "final-accepted" | "paid" | "returned" | "refused" | "not-dangerous" | "subsidy-cancelled") | null;
            /** @constant */
            type: "township-notice";
        } | {
            actor: components["schemas"]["HousingActor"];
            caseId: string;
            data: {
                complete?: boolean;
                passed: boolean;
                passedBy?: ("hospital" | "township" | "poverty-office" | "insurance-bureau" | "health-commission" | "housing-office" | "education-bureau" | "forestry-bureau" | "finance" | "civil-affairs" | "disabled-federation" | "audit")[];
                reason?: string;
                rectify?: boolean;
                /** @enum {string} */
                returnedFrom?: "village-review" | "village-notice" | "township-review" | "township-notice" | "identity-check" | "appraisal" | "approval" | "agreement" | "moved-out" | "construction-start" | "preliminary-acceptance" | "final-acceptance" | "payment";
                stillNeeded?: string[];
            };
            /**
             * Format: date
             * @example 2019-03-10
             */
            on: string;
            seq: number;
            /** @enum {string} */
            statusAfter: "applied" | "village-reviewed" | "village-noticed" | "township-reviewed" | "township-noticed" | "identity-checked" | "appraised" | "approved" | "agreement-signed" | "moved-out" | "under-construction" | "preliminary-accepted" | "final-accepted" | "paid" | "returned" | "refused" | "not-dangerous" | "subsidy-cancelled";
            statusBefore: ("applied" | "village-reviewed" | "village-noticed" | "township-reviewed" | "township-noticed" | "identity-checked" | "appraised" | "approved" | "agreement-signed" | "moved-out" | "under-construction" | "preliminary-accepted" | "final-accepted" | "paid" | "returned" | "refused" | "not-dangerous" | "subsidy-cancelled") | null;
            /** @constant */
            type: "identity-check";
        } | {
            actor: components["schemas"]["HousingActor"];
            caseId: string;
            data: {
                appraiser: string;
                /** @enum {string} */
                grade: "C" | "D" | "none";
                /** @enum {string} */
                gradeBefore?: "C" | "D" | "no-house";
                /** @enum {string} */
                mode?: "self-build" | "government-backed" | "mutual-aid" | "repair";
                /** @description m² */
                plannedArea?: number;
                /** @description Yuan */
                repairCost?: number;
                /** @description Yuan */
                subsidy: number;
                subsidyRule?: string;
            };
            /**
             * Format: date
             * @example 2019-03-10
             */
            on: string;
            seq: number;
            /** @enum {string} */
            statusAfter: "applied" | "village-reviewed" | "village-noticed" | "township-reviewed" | "township-noticed" | "identity-checked" | "appraised" | "approved" | "agreement-signed" | "moved-out" | "under-construction" | "preliminary-accepted" | "final-accepted" | "paid" | "returned" | "refused" | "not-dangerous" | "subsidy-cancelled";
            statusBefore: ("applied" | "village-reviewed" | "village-noticed" | "township-reviewed" | "township-noticed" | "identity-checked" | "appraised" | "approved" | "agreement-signed" | "moved-out" | "under-construction" | "preliminary-accepted" | "final-accepted" | "paid" | "returned" | "refused" | "not-dangerous" | "subsidy-cancelled") | null;
            /** @constant */
            type: "appraisal";
        } | {
            actor: components["schemas"]["HousingActor"];
            caseId: string;
            data: {
                days: number;
                enteredNationalSystem: boolean;
                /**
                 * Format: date
                 * @example 2019-03-10
                 */
                noticeFrom: string;
                /**
                 * Format: date
                 * @example 2019-03-10
                 */
                noticeTo: string;
                /** @constant */
                objections: "none";
            };
            /**
             * Format: date
             * @example 2019-03-10
             */
            on: string;
            seq: number;
            /** @enum {string} */
            statusAfter: "applied" | "village-reviewed" | "village-noticed" | "township-reviewed" | "township-noticed" | "identity-checked" | "appraised" | "approved" | "agreement-signed" | "moved-out" | "under-construction" | "preliminary-accepted" | "final-accepted" | "paid" | "returned" | "refused" | "not-dangerous" | "subsidy-cancelled";
            statusBefore: ("applied" | "village-reviewed" | "village-noticed" | "township-reviewed" | "township-noticed" | "identity-checked" | "appraised" | "approved" | "agreement-signed" | "moved-out" | "under-construction" | "preliminary-accepted" | "final-accepted" | "paid" | "returned" | "refused" | "not-dangerous" | "subsidy-cancelled") | null;
            /** @constant */
            type: "approval";
        } | {
            actor: components["schemas"]["HousingActor"];
            caseId: string;
            data: {
                beyondDeadline: boolean;
                /**
                 * Format: date
                 * @example 2019-03-10
                 */
                completionBy: string;
            };
            /**
             * Format: date
             * @example 2019-03-10
             */
            on: string;
            seq: number;
            /** @enum {string} */
            statusAfter: "applied" | "village-reviewed" | "village-noticed" | "township-reviewed" | "township-noticed" | "identity-checked" | "appraised" | "approved" | "agreement-signed" | "moved-out" | "under-construction" | "preliminary-accepted" | "final-accepted" | "paid" | "returned" | "refused" | "not-dangerous" | "subsidy-cancelled";
            statusBefore: ("applied" | "village-reviewed" | "village-noticed" | "township-reviewed" | "township-noticed" | "identity-checked" | "appraised" | "approved" | "agreement-signed" | "moved-out" | "under-construction" | "preliminary-accepted" | "final-accepted" | "paid" | "returned" | "refused" | "not-dangerous" | "subsidy-cancelled") | null;
            /** @constant */
            type: "agreement";
        } | {
            actor: components["schemas"]["HousingActor"];
            caseId: string;
            data: {
                arrangement: string;
            };
            /**
             * Format: date
             * @example 2019-03-10
             */
            on: string;
            seq: number;
            /** @enum {string} */
            statusAfter: "applied" | "village-reviewed" | "village-noticed" | "township-reviewed" | "township-noticed" | "identity-checked" | "appraised" | "approved" | "agreement-signed" | "moved-out" | "under-construction" | "preliminary-accepted" | "final-accepted" | "paid" | "returned" | "refused" | "not-dangerous" | "subsidy-cancelled";
            statusBefore: ("applied" | "village-reviewed" | "village-noticed" | "township-reviewed" | "township-noticed" | "identity-checked" | "appraised" | "approved" | "agreement-signed" | "moved-out" | "under-construction" | "preliminary-accepted" | "final-accepted" | "paid" | "returned" | "refused" | "not-dangerous" | "subsidy-cancelled") | null;
            /** @constant */
            type: "moved-out";
        } | {
            actor: components["schemas"]["HousingActor"];
            caseId: string;
            data: Record<string, never>;
            /**
             * Format: date
             * @example 2019-03-10
             */
            on: string;
            seq: number;
            /** @enum {string} */
            statusAfter: "applied" | "village-reviewed" | "village-noticed" | "township-reviewed" | "township-noticed" | "identity-checked" | "appraised" | "approved" | "agreement-signed" | "moved-out" | "under-construction" | "preliminary-accepted" | "final-accepted" | "paid" | "returned" | "refused" | "not-dangerous" | "subsidy-cancelled";
            statusBefore: ("applied" | "village-reviewed" | "village-noticed" | "township-reviewed" | "township-noticed" | "identity-checked" | "appraised" | "approved" | "agreement-signed" | "moved-out" | "under-construction" | "preliminary-accepted" | "final-accepted" | "paid" | "returned" | "refused" | "not-dangerous" | "subsidy-cancelled") | null;
            /** @constant */
            type: "construction-start";
        } | {
            actor: components["schemas"]["HousingActor"];
            caseId: string;
            data: {
                /** @description m² */
                builtArea: number;
                /** @enum {string} */
                oldHouse?: "demolished" | "sealed";
            };
            /**
             * Format: date
             * @example 2019-03-10
             */
            on: string;
            seq: number;
            /** @enum {string} */
            statusAfter: "applied" | "village-reviewed" | "village-noticed" | "township-reviewed" | "township-noticed" | "identity-checked" | "appraised" | "approved" | "agreement-signed" | "moved-out" | "under-construction" | "preliminary-accepted" | "final-accepted" | "paid" | "returned" | "refused" | "not-dangerous" | "subsidy-cancelled";
            statusBefore: ("applied" | "village-reviewed" | "village-noticed" | "township-reviewed" | "township-noticed" | "identity-checked" | "appraised" | "approved" | "agreement-signed" | "moved-out" | "under-construction" | "preliminary-accepted" | "final-accepted" | "paid" | "returned" | "refused" | "not-dangerous" | "subsidy-cancelled") | null;
            /** @constant */
            type: "preliminary-acceptance";
        } | {
            actor: components["schemas"]["HousingActor"];
            caseId: string;
            data: {
                /** @description m² */
                builtArea: number;
                cancelled?: {
                    /** @description m² */
                    builtArea: number;
                    clause: string;
                    /** @description m² */
                    limit: number;
                    reason: string;
                };
                /** @description Yuan */
                repairCost?: number;
                /** @description Yuan */
                subsidy: number;
                subsidyRule?: string;
            };
            /**
             * Format: date
             * @example 2019-03-10
             */
            on: string;
            seq: number;
            /** @enum {string} */
            statusAfter: "applied" | "village-reviewed" | "village-noticed" | "township-reviewed" | "township-noticed" | "identity-checked" | "appraised" | "approved" | "agreement-signed" | "moved-out" | "under-construction" | "preliminary-accepted" | "final-accepted" | "paid" | "returned" | "refused" | "not-dangerous" | "subsidy-cancelled";
            statusBefore: ("applied" | "village-reviewed" | "village-noticed" | "township-reviewed" | "township-noticed" | "identity-checked" | "appraised" | "approved" | "agreement-signed" | "moved-out" | "under-construction" | "preliminary-accepted" | "final-accepted" | "paid" | "returned" | "refused" | "not-dangerous" | "subsidy-cancelled") | null;
            /** @constant */
            type: "final-acceptance";
        } | {
            actor: components["schemas"]["HousingActor"];
            caseId: string;
            data: {
                account: string;
                /** @description Yuan */
                amount: number;
            };
            /**
             * Format: date
             * @example 2019-03-10
             */
            on: string;
            seq: number;
            /** @enum {string} */
            statusAfter: "applied" | "village-reviewed" | "village-noticed" | "township-reviewed" | "township-noticed" | "identity-checked" | "appraised" | "approved" | "agreement-signed" | "moved-out" | "under-construction" | "preliminary-accepted" | "final-accepted" | "paid" | "returned" | "refused" | "not-dangerous" | "subsidy-cancelled";
            statusBefore: ("applied" | "village-reviewed" | "village-noticed" | "township-reviewed" | "township-noticed" | "identity-checked" | "appraised" | "approved" | "agreement-signed" | "moved-out" | "under-construction" | "preliminary-accepted" | "final-accepted" | "paid" | "returned" | "refused" | "not-dangerous" | "subsidy-cancelled") | null;
            /** @constant */
            type: "payment";
        } | {
            actor: components["schemas"]["HousingActor"];
            caseId: string;
            data: {
                reason: string;
                rectify?: boolean;
                /** @enum {string} */
                returnedFrom: "village-review" | "village-notice" | "township-review" | "township-notice" | "identity-check" | "appraisal" | "approval" | "agreement" | "moved-out" | "construction-start" | "preliminary-acceptance" | "final-acceptance" | "payment";
            };
            /**
             * Format: date
             * @example 2019-03-10
             */
            on: string;
            seq: number;
            /** @enum {string} */
            statusAfter: "applied" | "village-reviewed" | "village-noticed" | "township-reviewed" | "township-noticed" | "identity-checked" | "appraised" | "approved" | "agreement-signed" | "moved-out" | "under-construction" | "preliminary-accepted" | "final-accepted" | "paid" | "returned" | "refused" | "not-dangerous" | "subsidy-cancelled";
            statusBefore: ("applied" | "village-reviewed" | "village-noticed" | "township-reviewed" | "township-noticed" | "identity-checked" | "appraised" | "approved" | "agreement-signed" | "moved-out" | "under-construction" | "preliminary-accepted" | "final-accepted" | "paid" | "returned" | "refused" | "not-dangerous" | "subsidy-cancelled") | null;
            /** @constant */
            type: "return";
        } | {
            actor: components["schemas"]["HousingActor"];
            caseId: string;
            data: {
                evidence: string;
            };
            /**
             * Format: date
             * @example 2019-03-10
             */
            on: string;
            seq: number;
            /** @enum {string} */
            statusAfter: "applied" | "village-reviewed" | "village-noticed" | "township-reviewed" | "township-noticed" | "identity-checked" | "appraised" | "approved" | "agreement-signed" | "moved-out" | "under-construction" | "preliminary-accepted" | "final-accepted" | "paid" | "returned" | "refused" | "not-dangerous" | "subsidy-cancelled";
            statusBefore: ("applied" | "village-reviewed" | "village-noticed" | "township-reviewed" | "township-noticed" | "identity-checked" | "appraised" | "approved" | "agreement-signed" | "moved-out" | "under-construction" | "preliminary-accepted" | "final-accepted" | "paid" | "returned" | "refused" | "not-dangerous" | "subsidy-cancelled") | null;
            /** @constant */
            type: "refuse";
        } | {
            actor: components["schemas"]["HousingActor"];
            caseId: string;
            data: {
                /** @description Yuan */
                amountDue: number;
                early: boolean;
                evidence: string;
                /**
                 * Format: date
                 * @example 2019-03-10
                 */
                fiveYearsFrom: string;
            };
            /**
             * Format: date
             * @example 2019-03-10
             */
            on: string;
            seq: number;
            /** @enum {string} */
            statusAfter: "applied" | "village-reviewed" | "village-noticed" | "township-reviewed" | "township-noticed" | "identity-checked" | "appraised" | "approved" | "agreement-signed" | "moved-out" | "under-construction" | "preliminary-accepted" | "final-accepted" | "paid" | "returned" | "refused" | "not-dangerous" | "subsidy-cancelled";
            statusBefore: ("applied" | "village-reviewed" | "village-noticed" | "township-reviewed" | "township-noticed" | "identity-checked" | "appraised" | "approved" | "agreement-signed" | "moved-out" | "under-construction" | "preliminary-accepted" | "final-accepted" | "paid" | "returned" | "refused" | "not-dangerous" | "subsidy-cancelled") | null;
            /** @constant */
            type: "sale";
        };
        HousingPhoto: {
            /** @enum {string} */
            contentType: "image/jpeg" | "image/png" | "image/heic" | "application/pdf";
            /**
             * Format: date
             * @example 2019-03-10
             */
            decidedOn?: string;
            height?: number;
            /** @enum {string} */
            kind: "before" | "after" | "application" | "householder" | "identity-proof" | "welfare-certificate" | "income-proof" | "appraisal-report" | "approval" | "agreement";
            photoId: string;
            reason?: string;
            /** @description Why the content check rejected it, as a code */
            reasonCode?: string;
            /** @enum {string} */
            status: "pending" | "accepted" | "rejected";
            width?: number;
        };
        IncomeProgress: {
            actual: {
                /** @description Yuan */
                earnings: number;
                households: number;
                participants: number;
                people: number;
                reachingTarget: number;
            };
            clause: string;
            /** @enum {string} */
            programme: "forestry-industry" | "nursery-park" | "forest-farms";
            target: {
                households: number | null;
                /** @description Yuan */
                incomePerUnit: number;
                people: number;
                /** @enum {string} */
                per: "household" | "worker" | "person";
            };
        };
        IncomeRecord: {
            /**
             * @description Amount in yuan, at most two decimals
             * @example 1234.56
             */
            earnings: number;
            householdId: string;
            participantId: string;
            people: number;
            /** @enum {string} */
            programme: "forestry-industry" | "nursery-park" | "forest-farms";
        };
        IncomeRecordStored: {
            /** @description Yuan */
            earnings: number;
            householdId: string;
            participantId: string;
            people: number;
            /** @enum {string} */
            programme: "forestry-industry" | "nursery-park" | "forest-farms";
        };
        MachineClient: {
            clientId: string;
            hospitalId: string;
            label: string;
            registeredAt: string;
            registeredBy: string;
        };
        MachineClientRegistration: {
            label: string;
        };
        /** @description This OpenAPI 3.1 document */
        OpenApiDocument: {
            info: {
                title: string;
                version: string;
            } & {
                [key: string]: unknown;
            };
            openapi: string;
        } & {
            [key: string]: unknown;
        };
        PersonRow: {
            /**
             * Format: date
             * @example 2019-03-10
             */
            birthDate?: string;
            flags?: {
                excludedFromRangerPosts?: boolean;
                extremelyPoor?: boolean;
                lowIncomeFamily?: boolean;
                minimumLivingAllowance?: boolean;
                orphan?: boolean;
                poorDisabledHousehold?: boolean;
                severelyDisabled?: boolean;
                sickOrDisabledChild?: boolean;
                stableExit?: boolean;
                unableToWork?: boolean;
            };
            householdId: string;
            insuredYears?: number[];
            name: string;
            /**
             * @description Resident identity number (GB 11643)
             * @example 110101199003070011
             */
            personId: string;
            /**
             * Format: date
             * @example 2019-03-10
             */
            registeredFrom?: string;
            /**
             * Format: date
             * @example 2019-03-10
             */
            registeredUntil?: string;
            /** @enum {string} */
            township: "chengjisihan" | "zhonghe" | "moguqi" | "dahewan" | "woniuhe" | "haduohe" | "chaihe" | "haoraoshan" | "wadi" | "nanmu" | "dawoer" | "samajie" | "gaotaizi" | "tiedong" | "hexi" | "xiangyang";
            village: string;
        };
        PersonView: {
            birthDate?: string;
            flags: {
                flag: string;
                /** @description The flag in Chinese */
                name: string;
                /** @description Who last changed it, when, through what */
                setBy?: {
                    at: string;
                    by: string;
                    role: string;
                    via: string;
                };
                value: boolean;
            }[];
            householdId: string;
            insuredYears: number[];
            name: string;
            personId: string;
            registeredFrom?: string;
            registeredUntil?: string;
            township: string;
            village: string;
        };
        /** @description One file of the one-household file (R1 九.(五), R2 八.(五)): a photo, or a document photographed or scanned (PDF) */
        PhotoRequest: {
            /** @enum {string} */
            contentType: "image/jpeg" | "image/png" | "image/heic" | "application/pdf";
            /** @enum {string} */
            kind: "before" | "after" | "application" | "householder" | "identity-proof" | "welfare-certificate" | "income-proof" | "appraisal-report" | "approval" | "agreement";
            size: number;
        };
        PhotoStatus: {
            /** @enum {string} */
            kind: "before" | "after" | "application" | "householder" | "identity-proof" | "welfare-certificate" | "income-proof" | "appraisal-report" | "approval" | "agreement";
            reason?: string;
            /** @description Why the content check rejected it, as a code */
            reasonCode?: string;
            /** @enum {string} */
            status: "pending" | "accepted" | "rejected";
            /**
             * Format: uri
             * @description Short-lived signed GET link, when accepted
             */
            url?: string;
        };
        PhotoUpload: {
            /** Format: date-time */
            expiresAt: string;
            photoId: string;
            upload: {
                /** @description Form fields to send before the file */
                fields: {
                    [key: string]: string;
                };
                /** Format: uri */
                url: string;
            };
        };
        /** @description Figures of one programme in one township or the city */
        ProgrammeFigures: {
            accepted: number;
            /** @description Accepted cases whose one-household file holds every document the policy requires (R1 九.(五)) */
            acceptedWithDocuments: number;
            acceptedWithPhotos: number;
            cases: number;
            /** @description Per document kind: renovation cases missing it although it is due */
            documentsOverdue: {
                after: number;
                agreement: number;
                application: number;
                "appraisal-report": number;
                approval: number;
                before: number;
                householder: number;
                "identity-proof": number;
                "income-proof": number;
                "welfare-certificate": number;
            };
            /** @description Renovation cases missing a document already due */
            filesBehind: number;
            grades: {
                C: number;
                D: number;
                "no-house": number;
            };
            late: number;
            /** @description Yuan */
            noHouseSubsidyCommitted: number;
            /** @description Yuan */
            noHouseSubsidyPaid: number;
            refusals: {
                count: number;
                /** @description By reason, most frequent first (identity numbers masked); absent in a township’s view */
                reasons?: {
                    count: number;
                    reason: string;
                    step?: string;
                }[];
            };
            returns: {
                count: number;
                /** @description By reason, most frequent first (identity numbers masked); absent in a township’s view */
                reasons?: {
                    count: number;
                    reason: string;
                    step?: string;
                }[];
            };
            /** @description Government-backed houses recorded as sold (R1 四.(二).2, R2 八.(二)) */
            sales: {
                /** @description Government backing money due back (R2 八.(二)) */
                amountDue: number;
                count: number;
                /** @description Sold before five years from final acceptance */
                early: number;
            };
            stages: {
                "agreement-signed": number;
                applied: number;
                appraised: number;
                approved: number;
                "final-accepted": number;
                "identity-checked": number;
                "moved-out": number;
                "not-dangerous": number;
                paid: number;
                "preliminary-accepted": number;
                refused: number;
                returned: number;
                "subsidy-cancelled": number;
                "township-noticed": number;
                "township-reviewed": number;
                "under-construction": number;
                "village-noticed": number;
                "village-reviewed": number;
            };
            /** @description Yuan */
            subsidyCommitted: number;
            /** @description Yuan */
            subsidyPaid: number;
        };
        ProgrammeSummary: {
            budget: {
                /** @description Yuan */
                committed: number;
                excludes: string;
                /** @description No-house households' subsidies, on their own line: outside the planned investment */
                noHouse: {
                    /** @description Yuan */
                    committed: number;
                    /** @description Planned no-house households (R1 三); 0 for R2 */
                    households: number;
                    /** @description Yuan */
                    paid: number;
                };
                /** @description Yuan */
                paid: number;
                /** @description Yuan */
                planned: number;
                /** @description Yuan not yet committed (negative when over) */
                remaining: number;
            };
            name: string;
            plan: {
                /** @description Yuan */
                budget: number;
                C?: number;
                clause: string;
                D?: number;
                households?: number;
                "no-house"?: number;
            };
            /** @enum {string} */
            programme: "R1" | "R2";
            totals: components["schemas"]["ProgrammeFigures"];
        };
        /** @description Plan and city totals per programme, township rows in reference order, links to the files */
        ProgressReport: {
            /**
             * Format: date
             * @example 2019-03-10
             */
            asOf: string;
            /**
             * Format: date
             * @example 2019-03-10
             */
            deadline: string;
            /** @description Absent for township staff: the files hold every township */
            files?: {
                /**
                 * Format: uri
                 * @description Short-lived signed link (5 minutes)
                 */
                csv: string;
                /**
                 * Format: uri
                 * @description Short-lived signed link (5 minutes)
                 */
                json: string;
                /**
                 * Format: uri
                 * @description Short-lived signed link (5 minutes)
                 */
                xlsx: string;
            };
            policyId: string;
            programmes: components["schemas"]["ProgrammeSummary"][];
            revision: number;
            townships: {
                name: string;
                R1: components["schemas"]["ProgrammeFigures"];
                R2: components["schemas"]["ProgrammeFigures"];
                /** @enum {string} */
                township: "chengjisihan" | "zhonghe" | "moguqi" | "dahewan" | "woniuhe" | "haduohe" | "chaihe" | "haoraoshan" | "wadi" | "nanmu" | "dawoer" | "samajie" | "gaotaizi" | "tiedong" | "hexi" | "xiangyang";
            }[];
            /** @description POST only: true when the same figures were already stored (nothing written) */
            unchanged?: boolean;
        };
        ProgressReportList: {
            reports: {
                /**
                 * Format: date
                 * @example 2019-03-10
                 */
                asOf: string;
            }[];
        };
        ProgressReportRequest: {
            /**
             * Format: date
             * @example 2019-03-10
             */
            asOf: string;
        };
        RangerHire: {
            /**
             * Format: date
             * @example 2019-03-10
             */
            from: string;
            /**
             * @description Resident identity number (GB 11643)
             * @example 110101199003070011
             */
            personId: string;
            /** @enum {string} */
            township: "chengjisihan" | "zhonghe" | "moguqi" | "dahewan" | "woniuhe" | "haduohe" | "chaihe" | "haoraoshan" | "wadi" | "nanmu" | "dawoer" | "samajie" | "gaotaizi" | "tiedong" | "hexi" | "xiangyang";
            /** @description The village the post is held in (default: the person's village on the roster) */
            village?: string;
        };
        RangerPayRun: {
            byTownship: {
                [key: string]: number;
            };
            entries: number;
            month: string;
            /** @description Post-months recorded by this run */
            paidThisRun: number;
            /** @description Yuan */
            total: number;
            /** @description Holders not paid this month, each with the reason (e.g. off the register) */
            withheld: {
                days: number;
                personId: string;
                postNo: number;
                reason: string;
                /** @enum {string} */
                township: "chengjisihan" | "zhonghe" | "moguqi" | "dahewan" | "woniuhe" | "haduohe" | "chaihe" | "haoraoshan" | "wadi" | "nanmu" | "dawoer" | "samajie" | "gaotaizi" | "tiedong" | "hexi" | "xiangyang";
                village: string;
            }[];
        };
        RangerPost: {
            /**
             * Format: date
             * @example 2019-03-10
             */
            from: string;
            /** @description Who hired (the caller’s subject) */
            hiredBy: string;
            householdId: string;
            /** @description Pay for the year: months held and the amount due */
            pay: {
                /** @description Yuan */
                amount: number;
                clause: string;
                months: number;
                year: number;
            };
            personId: string;
            /** @description The post's number within the township's quota */
            postNo: number;
            /**
             * Format: date
             * @example 2019-03-10
             */
            releasedOn?: string;
            /** @enum {string} */
            status: "active" | "released";
            /** @enum {string} */
            township: "chengjisihan" | "zhonghe" | "moguqi" | "dahewan" | "woniuhe" | "haduohe" | "chaihe" | "haoraoshan" | "wadi" | "nanmu" | "dawoer" | "samajie" | "gaotaizi" | "tiedong" | "hexi" | "xiangyang";
            /** @description The village the post is held in */
            village: string;
        };
        RangerQuotas: {
            totals: {
                filled: number;
                free: number;
                people: number;
                quota: number;
                villages: number;
            };
            townships: {
                filled: number;
                free: number;
                name: string;
                people: number;
                quota: number;
                /** @enum {string} */
                township: "chengjisihan" | "zhonghe" | "moguqi" | "dahewan" | "woniuhe" | "haduohe" | "chaihe" | "haoraoshan" | "wadi" | "nanmu" | "dawoer" | "samajie" | "gaotaizi" | "tiedong" | "hexi" | "xiangyang";
                villages: number;
            }[];
        };
        RangerRelease: {
            /**
             * Format: date
             * @example 2019-03-10
             */
            on: string;
        };
        Readiness: {
            checks: {
                /** @constant */
                bucket: "ok";
                /** @constant */
                table: "ok";
            };
            /** @constant */
            status: "ready";
        };
        Reconciliation: {
            files: {
                /**
                 * Format: uri
                 * @description Short-lived signed link (5 minutes)
                 */
                csv: string;
                /**
                 * Format: uri
                 * @description Short-lived signed link (5 minutes)
                 */
                json: string;
            };
            /**
             * @description preview before 1 January of the next year (pays nothing); pay in January–March; late after March (needs a reason)
             * @enum {string}
             */
            mode: "preview" | "pay" | "late";
            /** @description Refund total by payer */
            payers: {
                [key: string]: number;
            };
            /** @description Persons with a refund */
            persons: number;
            policyId: string;
            /** @description The insurance bureau's reason for a run after March */
            reason?: string;
            /** @description Paid before and not owed by the final figures */
            recoverableTotal: number;
            /** @description Yuan */
            refundTotal: number;
            reportKey: string;
            revision: number;
            rows: {
                /** @description refund − paidBefore: positive is refunded now, negative recoverable */
                adjustment: number;
                /** @description Yuan */
                beyondDeductibles: number;
                /** @description Yuan */
                cap: number;
                /** @description What changed since the last paying run ('first run', 'unchanged') */
                changes: string;
                /** @description Yuan */
                due: number;
                generalAdmissions: number;
                highestLevel: ("township" | "county" | "prefecture" | "region" | "outside") | null;
                /**
                 * @description The reading of 就诊最高级别医疗机构 not in force (H 三.(二).5.6), a decision)
                 * @enum {string}
                 */
                otherBasis: "tilted-admissions" | "all-admissions" | "";
                /** @description Yuan */
                otherCap: number;
                /** @description Yuan */
                otherDue: number;
                otherHighestLevel: ("township" | "county" | "prefecture" | "region" | "outside") | null;
                /** @description What the refund would be under the other reading */
                otherRefund: number;
                /** @description Refunded by earlier paying runs */
                paidBefore: number;
                /** @description Yuan */
                paidBeyondDeductibles: number;
                /** @description Masked identity number */
                personId: string;
                /** @description Yuan */
                recoverable: number;
                /** @description The refund the final figures owe */
                refund: number;
            }[];
            year: number;
        };
        ReconciliationRun: {
            /** @description Persons whose figures changed since the last paying run */
            changed: number;
            /**
             * @description preview before 1 January of the next year (pays nothing); pay in January–March; late after March (needs a reason)
             * @enum {string}
             */
            mode: "preview" | "pay" | "late";
            /** @description Refunds paid by this run (0 on a preview and on a rerun with nothing changed) */
            paidThisRun: number;
            /** @description Persons with a refund */
            persons: number;
            /** @description The insurance bureau's reason for a run after March */
            reason?: string;
            /** @description Refunds paid earlier that the final figures no longer owe, recorded as recoverable by this run */
            recoverableThisRun: number;
            /** @description Yuan, paid by commercial supplementary insurance */
            refundTotal: number;
            reportKey: string;
            revision: number;
            year: number;
        };
        /** @description Column header as written in the sheet → roster field */
        RosterColumnMapping: {
            [key: string]: "personId" | "name" | "householdId" | "township" | "village" | "registeredFrom" | "registeredUntil" | "birthDate" | "insuredYears" | "minimumLivingAllowance" | "lowIncomeFamily" | "extremelyPoor" | "severelyDisabled" | "unableToWork" | "orphan" | "poorDisabledHousehold" | "sickOrDisabledChild" | "stableExit" | "excludedFromRangerPosts";
        };
        RosterImport: {
            columns?: string[];
            createdAt: string;
            createdBy: string;
            dryRun?: {
                changed: number;
                new: number;
                rejected: number;
                unchanged: number;
            };
            encoding?: string;
            error?: string;
            fileName: string;
            /** @enum {string} */
            format?: "xlsx" | "csv";
            importId: string;
            loaded?: {
                changed: number;
                new: number;
                rejected: number;
                unchanged: number;
            };
            loadedThrough?: number;
            mapping?: components["schemas"]["RosterColumnMapping"];
            /** @description Required fields (Chinese) no column is mapped to */
            missing?: string[];
            /** @enum {string} */
            office: "poverty-office" | "civil-affairs" | "disabled-federation";
            processed?: number;
            /** @description The first 200 rejected rows with their sheet row number and reasons in Chinese */
            rejected?: {
                personId?: string;
                reasons: string[];
                rowNumber: number;
            }[];
            /** @description Short-lived link to every rejected row as xlsx */
            rejectedUrl?: string;
            run: number;
            /** @enum {string} */
            status: "awaiting-upload" | "checking" | "needs-mapping" | "checked" | "loading" | "loaded" | "failed";
            total?: number;
            updatedAt: string;
        };
        RosterImportRequest: {
            fileName: string;
            /** @description Bytes; at most 50 MiB */
            size: number;
        };
        /** @description 1 to 1,000 PersonRow objects; each row is validated on its own */
        RosterLoad: {
            persons: components["schemas"]["PersonRow"][];
        };
        RosterLoadResult: {
            accepted: number;
            rejected: {
                error: {
                    /** @enum {string} */
                    code: "validation-error" | "field-not-owned";
                    details: components["schemas"]["ErrorDetail"][];
                    message: string;
                };
                index: number;
                personId?: string;
            }[];
        };
        Settlement: {
            /** @description Yuan; the seven payer parts add up to total to the fen */
            amounts: {
                basicInsurance: number;
                commercialInsurance: number;
                compliant: number;
                criticalIllnessInsurance: number;
                financeDeliveryFee: number;
                hospital: number;
                medicalAssistance: number;
                patient: number;
                safetyNetFund: number;
                total: number;
            };
            claimId: string;
            hospitalId: string;
            /** @enum {string} */
            kind: "inpatient" | "outpatient" | "chronic-outpatient";
            personId: string;
            policyId: string;
            /**
             * @description The rule that set the patient's share
             * @enum {string}
             */
            rule: "cataract-programme" | "major-disease" | "critical-illness" | "self-pay-cap" | "standard" | "township-outpatient" | "outpatient-other-level" | "chronic-delivery";
            /** @description Discharge (inpatient) or service date, YYYY-MM-DD */
            serviceDate: string;
            settledAt: string;
            /** @enum {string} */
            status: "settled" | "voided";
            steps: {
                /** @description Yuan */
                amount: number;
                /** @description Clause of 扎政办字〔2019〕27号, e.g. H 三.(二).1.2) */
                clause: string;
                note: string;
                /** @enum {string} */
                payer: "basicInsurance" | "criticalIllnessInsurance" | "medicalAssistance" | "commercialInsurance" | "safetyNetFund" | "hospital" | "patient" | "financeDeliveryFee" | "none";
                rule: string;
            }[];
            tilt: boolean;
            voidedAt?: string;
        };
        Simulation: {
            /** @description The overrides in the parameters’ own units (fen, basis points, counts) */
            applied: {
                citation: string;
                description: string;
                /** @description The version's value in the parameter's unit */
                from: number | null;
                name: string;
                to: number | null;
                /** @enum {string} */
                unit: "fen" | "bp" | "count" | "m2";
            }[];
            /** @description The same year settled again under the unchanged policy */
            baseline?: components["schemas"]["SimulationScenario"];
            /** @description Housing: the subsidy budget effect, in yuan */
            budget?: components["schemas"]["SimulationBudget"];
            claims?: {
                surviving: number;
                voided: number;
            };
            createdAt: string;
            createdBy: {
                /** @enum {string} */
                role: "hospital" | "township" | "poverty-office" | "insurance-bureau" | "health-commission" | "housing-office" | "education-bureau" | "forestry-bureau" | "finance" | "civil-affairs" | "disabled-federation" | "audit";
                sub: string;
            };
            /** @description Education: the aid budget effect, in yuan (E 三.(二)) */
            education?: components["schemas"]["SimulationEducation"];
            error?: string;
            files?: {
                csv: string;
                json: string;
                xlsx: string;
            };
            finishedAt?: string;
            inconsistencies?: {
                baselineEqualsRecorded: boolean;
                byReason: {
                    [key: string]: number;
                };
                claims: number;
                difference: {
                    [key: string]: number;
                };
                items: {
                    baseline: components["schemas"]["SimulationPayers"];
                    claimId: string;
                    hospitalId: string;
                    note: string;
                    /** @description Masked identity number */
                    personId: string;
                    /** @enum {string} */
                    reason: "cannot-resettle" | "posting-order-or-void" | "unexplained";
                    recorded: components["schemas"]["SimulationPayers"];
                }[];
            };
            persons?: number;
            policyIds: string[];
            /** @enum {string} */
            programme: "health" | "housing" | "education";
            /** @description What the ledger recorded */
            recorded?: components["schemas"]["SimulationScenario"];
            /** @description Per person: variant − baseline self-pay */
            selfPayChange?: {
                falls: {
                    largestYuan: number;
                    persons: number;
                    yuan: number;
                };
                histogram: {
                    fromYuan: number | null;
                    persons: number;
                    toYuan: number | null;
                }[];
                persons: number;
                rises: {
                    largestYuan: number;
                    persons: number;
                    yuan: number;
                };
                unchanged: number;
            };
            simulationId: string;
            /** @enum {string} */
            status: "running" | "done" | "failed";
            variant: components["schemas"]["SimulationVariant"];
            year: number;
        };
        SimulationBudget: {
            byProgramme: {
                baseline: number;
                cases: number;
                /** @description variant − baseline */
                change: number;
                key: string;
                plannedInvestment: number;
                recordedCommitted: number;
                recordedPaid: number;
                variant: number;
            }[];
            byRule: {
                baseline: number;
                cases: number;
                /** @description variant − baseline */
                change: number;
                key: string;
                recordedCommitted: number;
                recordedPaid: number;
                variant: number;
            }[];
            byTownship: {
                baseline: number;
                cases: number;
                /** @description variant − baseline */
                change: number;
                key: string;
                recordedCommitted: number;
                recordedPaid: number;
                variant: number;
            }[];
            cases: {
                closedWithoutSubsidy: number;
                counted: number;
            };
            inconsistencies: {
                baselineEqualsRecorded: boolean;
                cases: number;
                items: {
                    baseline: number;
                    caseId: string;
                    note: string;
                    recorded: number;
                    township: string;
                }[];
            };
            totals: {
                baseline: number;
                cases: number;
                /** @description variant − baseline */
                change: number;
                recordedCommitted: number;
                recordedPaid: number;
                variant: number;
            };
        };
        SimulationEducation: {
            byTownship: {
                baseline: number;
                /** @description variant − baseline */
                change: number;
                key: string;
                payments: number;
                recorded: number;
                variant: number;
            }[];
            /** @description key: university-aid, milk-subsidy or hardship-aid */
            byType: {
                baseline: number;
                /** @description variant − baseline */
                change: number;
                key: string;
                payments: number;
                recorded: number;
                variant: number;
            }[];
            inconsistencies: {
                baselineEqualsRecorded: boolean;
                items: {
                    baseline: number;
                    note: string;
                    paymentId: string;
                    recorded: number;
                    /** @description Masked identity number */
                    studentId: string;
                }[];
                payments: number;
            };
            payments: {
                counted: number;
                /** @description Payments before the system: history, not re-decided */
                openingBalancesSkipped: number;
                students: number;
            };
            totals: {
                baseline: number;
                /** @description variant − baseline */
                change: number;
                payments: number;
                recorded: number;
                variant: number;
            };
            universityCap: {
                /** @description Payments the variant’s cap would have refused, and what the ledger paid for them */
                refusedUnderVariant: {
                    payments: number;
                    recorded: number;
                };
                studentsAtCap: {
                    baseline: number;
                    variant: number;
                };
            };
        };
        /** @description Yuan per payer */
        SimulationPayers: {
            basicInsurance: number;
            commercialInsurance: number;
            criticalIllnessInsurance: number;
            /** @description Finance's delivery fee, outside the claim total */
            financeDeliveryFee: number;
            hospital: number;
            medicalAssistance: number;
            patient: number;
            safetyNetFund: number;
            /** @description The seven parts: the claims’ total cost */
            total: number;
        };
        SimulationRequest: {
            /**
             * @description health: re-settle the year’s claims; housing: the subsidy budget over the year’s cases; education: the year’s aid payments under changed amounts or caps
             * @enum {string}
             */
            programme: "health" | "housing" | "education";
            variant: {
                name: string;
                /**
                 * @description Parameter name → new value: yuan for fen parameters, percent for bp parameters, a whole number for counts; null only for "no maximum". Empty: the baseline only. Default: {}.
                 * @example {
                 *       "targets.selfPayCap.county": 3000,
                 *       "topUp.shareOfRemainder.commercialInsurance": 40
                 *     }
                 */
                overrides?: {
                    [key: string]: number | null;
                };
                reason: string;
            };
            year: number;
        };
        SimulationScenario: {
            byDiseaseGroup: {
                claims: number;
                /** @description Township code, hospital level, or disease group (major:…, chronic:…, icd10:…) */
                key: string;
                name?: string;
                payers: components["schemas"]["SimulationPayers"];
            }[];
            byHospitalLevel: {
                claims: number;
                /** @description Township code, hospital level, or disease group (major:…, chronic:…, icd10:…) */
                key: string;
                name?: string;
                payers: components["schemas"]["SimulationPayers"];
            }[];
            byTownship: {
                claims: number;
                /** @description Township code, hospital level, or disease group (major:…, chronic:…, icd10:…) */
                key: string;
                name?: string;
                payers: components["schemas"]["SimulationPayers"];
            }[];
            claims: number;
            indicators: {
                belowPolicyRangeFloor: {
                    claims: number;
                    clause: string;
                    floorPercent: number;
                    of: number;
                    percent: number | null;
                };
                chronicEffectiveRatio: {
                    claims: number;
                    clause: string;
                    /** @description Whether the figure reaches the target of the policy applied */
                    met: boolean | null;
                    percent: number | null;
                    targetPercent: number;
                };
                majorDiseaseEffectiveRatio: {
                    claims: number;
                    clause: string;
                    /** @description Whether the figure reaches the target of the policy applied */
                    met: boolean | null;
                    percent: number | null;
                    targetPercent: number;
                };
                paidAboveCapRule: {
                    claims: number;
                    clause: string;
                    yuan: number;
                };
            };
            payers: components["schemas"]["SimulationPayers"];
        };
        /** @description The variant as asked (name, reason, overrides) and, once done, its figures (as a scenario) */
        SimulationVariant: {
            byDiseaseGroup?: {
                claims: number;
                /** @description Township code, hospital level, or disease group (major:…, chronic:…, icd10:…) */
                key: string;
                name?: string;
                payers: components["schemas"]["SimulationPayers"];
            }[];
            byHospitalLevel?: {
                claims: number;
                /** @description Township code, hospital level, or disease group (major:…, chronic:…, icd10:…) */
                key: string;
                name?: string;
                payers: components["schemas"]["SimulationPayers"];
            }[];
            byTownship?: {
                claims: number;
                /** @description Township code, hospital level, or disease group (major:…, chronic:…, icd10:…) */
                key: string;
                name?: string;
                payers: components["schemas"]["SimulationPayers"];
            }[];
            claims?: number;
            indicators?: {
                belowPolicyRangeFloor: {
                    claims: number;
                    clause: string;
                    floorPercent: number;
                    of: number;
                    percent: number | null;
                };
                chronicEffectiveRatio: {
                    claims: number;
                    clause: string;
                    /** @description Whether the figure reaches the target of the policy applied */
                    met: boolean | null;
                    percent: number | null;
                    targetPercent: number;
                };
                majorDiseaseEffectiveRatio: {
                    claims: number;
                    clause: string;
                    /** @description Whether the figure reaches the target of the policy applied */
                    met: boolean | null;
                    percent: number | null;
                    targetPercent: number;
                };
                paidAboveCapRule: {
                    claims: number;
                    clause: string;
                    yuan: number;
                };
            };
            name: string;
            overrides: {
                [key: string]: number | null;
            };
            payers?: components["schemas"]["SimulationPayers"];
            reason: string;
        };
        Student: {
            admissionYear: number;
            /** @enum {string} */
            family: "registered-poor" | "minimum-living-allowance" | "orphan";
            householdId: string;
            name: string;
            school: string;
            /** @enum {string} */
            stage: "preschool" | "compulsory" | "high-school" | "university-bachelor" | "university-junior-college";
            /**
             * @description Resident identity number (GB 11643)
             * @example 110101199003070011
             */
            studentId: string;
            /** @enum {string} */
            township: "chengjisihan" | "zhonghe" | "moguqi" | "dahewan" | "woniuhe" | "haduohe" | "chaihe" | "haoraoshan" | "wadi" | "nanmu" | "dawoer" | "samajie" | "gaotaizi" | "tiedong" | "hexi" | "xiangyang";
        };
        StudentFile: {
            caps: {
                universityAid: {
                    cap: number;
                    paid: number;
                    room: number;
                };
            };
            payments: components["schemas"]["EducationLedgerEntry"][];
            registerHistory: components["schemas"]["EducationRegisterChange"][];
            student: components["schemas"]["Student"];
            /** @description Yuan paid by type */
            totals: {
                [key: string]: number;
            };
            /** @description Semesters verified (YYYY-spring, YYYY-autumn) */
            verified: string[];
        };
        Townships: {
            townships: {
                /** @enum {string} */
                code: "chengjisihan" | "zhonghe" | "moguqi" | "dahewan" | "woniuhe" | "haduohe" | "chaihe" | "haoraoshan" | "wadi" | "nanmu" | "dawoer" | "samajie" | "gaotaizi" | "tiedong" | "hexi" | "xiangyang";
                name: string;
            }[];
        };
        Verification: {
            /**
             * Format: date
             * @example 2019-03-10
             */
            on: string;
            /** @example 2019-autumn */
            semester: string;
        };
        Verifications: {
            semester: string;
            unverified: string[];
            verified: string[];
        };
        VillageList: {
            villages: {
                code: string;
                name: string;
            }[];
        };
        YearFigures: {
            /** @description Inpatient admissions this year by hospital level */
            admissions?: {
                county: number;
                outside: number;
                prefecture: number;
                region: number;
                township: number;
            };
            /** @description Yuan */
            basicInsurance?: number;
            /** @description Yuan */
            chronicBasicInsurance?: number;
            /** @description Yuan */
            criticalIllnessInsurance?: number;
            /** @description Chronic-outpatient deliveries by month (YYYY-MM) */
            deliveriesByMonth?: {
                [key: string]: number;
            };
            highestLevel?: ("township" | "county" | "prefecture" | "region" | "outside") | null;
            /** @description Yuan */
            inPolicySelfPay?: number;
            /** @description Yuan */
            majorDiseaseSelfPay?: number;
            /** @description Yuan */
            outpatientBasicInsurance?: number;
            /** @description Yuan */
            selfPayBeyondDeductibles?: number;
            year: number;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    "audit-records": {
        parameters: {
            query: {
                /**
                 * @description claim (`<hospitalId>/<claimId>`), refund-account (`<personId>/<year>`), case (housing case id), photo (`<caseId>/<photoId>`), student (student id), post (ranger post id), person (identity number), hospital (registry id), roster (a roster load or import: `load/<loadId>` or `import/<importId>`, the `changedIn` of the person items it wrote)
                 * @example claim
                 */
                entity: "claim" | "refund-account" | "case" | "photo" | "student" | "post" | "person" | "hospital" | "roster";
                /**
                 * @description The id of the claim, case, student, post… (see entity)
                 * @example zlt-peoples/C-AUD-mx40ixykceri70
                 */
                entityId: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The history of one claim, case, student, post…, oldest first (empty when nothing was recorded) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "entity": "claim",
                     *       "entityId": "zlt-peoples/C-AUD-mx40ixykceri70",
                     *       "records": [
                     *         {
                     *           "chain": "person-year/407fb1701822232e7559/2019",
                     *           "seq": 1,
                     *           "at": "2019-12-01T01:22:55.819Z",
                     *           "action": "claim.settled",
                     *           "entity": "claim",
                     *           "entityId": "zlt-peoples/C-AUD-mx40ixykceri70",
                     *           "actor": {
                     *             "sub": "his-peoples",
                     *             "hospitalId": "zlt-peoples",
                     *             "role": "hospital"
                     *           },
                     *           "items": [
                     *             {
                     *               "key": "CLAIM#zlt-peoples#C-AUD-mx40ixykceri70 / CLAIM",
                     *               "hash": "d7ec41fc1b03d3aae6266be8e57bfab5d57b0caf735075fd2458455f3fd6024e"
                     *             },
                     *             {
                     *               "key": "PERSON#~407fb1701822232e7559 / YEAR#2019",
                     *               "hash": "e42395d2ef8ff8b4451b94435822bdd051c20f2a218dcc9510b9ab2f10b366dc"
                     *             }
                     *           ],
                     *           "prevHash": "0000000000000000000000000000000000000000000000000000000000000000",
                     *           "hash": "b18c6f39beb9876c09cf041f6704381d237188c20e2bc435b3f7be1b445fd0f8"
                     *         },
                     *         {
                     *           "chain": "person-year/407fb1701822232e7559/2019",
                     *           "seq": 2,
                     *           "at": "2019-12-01T01:22:56.316Z",
                     *           "action": "claim.voided",
                     *           "entity": "claim",
                     *           "entityId": "zlt-peoples/C-AUD-mx40ixykceri70",
                     *           "actor": {
                     *             "sub": "his-peoples",
                     *             "hospitalId": "zlt-peoples",
                     *             "role": "hospital"
                     *           },
                     *           "items": [
                     *             {
                     *               "key": "CLAIM#zlt-peoples#C-AUD-mx40ixykceri70 / CLAIM",
                     *               "hash": "1a9a50722c966ed280f14f12e57982accba3af8acb899d38b7de35f9e705d91d"
                     *             },
                     *             {
                     *               "key": "CLAIM#zlt-peoples#C-AUD-mx40ixykceri70 / VOID",
                     *               "hash": "169db55a801f6b7083b94be86bc783b9abb3bb834b63122332e9ea1142b511a9"
                     *             },
                     *             {
                     *               "key": "PERSON#~407fb1701822232e7559 / YEAR#2019",
                     *               "hash": "041790031713f27fcec92e47622b84e55e862323b8da89f1a31cc99797677f35"
                     *             }
                     *           ],
                     *           "prevHash": "b18c6f39beb9876c09cf041f6704381d237188c20e2bc435b3f7be1b445fd0f8",
                     *           "hash": "6342c5ba0e7f6e944ef4643e7ca7d8d08d6ceeacb2ed9e8310871fcd94f25edc"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["AuditHistory"];
                };
            };
            /** @description Bad input: `details` lists each bad field with its path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation-error";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthorized";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Valid caller outside its scope; nothing changed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Internal error; no internals are shown */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal-error";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description A backing service did not answer in time; nothing changed, retry after the given seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unavailable";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
        };
    };
    "audit-verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every chain recomputed from the table and compared with the stored items and the locked digest */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "ok": false,
                     *       "chains": 15,
                     *       "records": 129,
                     *       "digest": {
                     *         "key": "digests/2019-12-01T01-23-25-809Z.json",
                     *         "at": "2019-12-01T01:23:25.809Z",
                     *         "chains": 15
                     *       },
                     *       "broken": [
                     *         {
                     *           "chain": "person-year/1b50a273c334bfa13dd6/2019",
                     *           "entity": "claim",
                     *           "entityId": "zlt-peoples/C-AUD-mx40j2ulemsyr0",
                     *           "reason": "CLAIM#zlt-peoples#C-AUD-mx40j2ulemsyr0 / CLAIM no longer matches record 1 (claim.settled): 6f9477542c9e… recorded, 5b7da46c2bb5… stored"
                     *         },
                     *         {
                     *           "chain": "person-year/49dd1ea14fa48adb53d7/2019",
                     *           "entity": "claim",
                     *           "entityId": "zlt-peoples/C-AUD-mx40j5pj6lzwor",
                     *           "reason": "CLAIM#zlt-peoples#C-AUD-mx40j5pj6lzwor / CLAIM was deleted (record 1, claim.settled, has a0369614d3f9…)"
                     *         },
                     *         {
                     *           "chain": "person-year/8c84927c8573c07aeaeb/2019",
                     *           "entity": "claim",
                     *           "entityId": "zlt-peoples/SIMIT-mx40fz7j1rwabq",
                     *           "reason": "CLAIM#zlt-peoples#SIMIT-mx40fz7j1rwabq / CLAIM no longer matches record 1 (claim.settled): ec742a06eb19… recorded, e8d601d7b483… stored"
                     *         },
                     *         {
                     *           "chain": "person-year/95af64e004c4a08c1a68/2019",
                     *           "entity": "claim",
                     *           "entityId": "zlt-peoples/C-AUD-mx40jl2p37fep1",
                     *           "reason": "record 2 of the locked digest is gone (the chain ends at 1)"
                     *         },
                     *         {
                     *           "chain": "person-year/f4c488232bd3e803593a/2019",
                     *           "entity": "claim",
                     *           "entityId": "zlt-peoples/C-AUD-mx40j83dellogy",
                     *           "reason": "record 1 missing before record 2 (claim.settled)"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["AuditVerification"];
                };
            };
            /** @description Bad input: `details` lists each bad field with its path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation-error";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthorized";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Valid caller outside its scope; nothing changed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Internal error; no internals are shown */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal-error";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description A backing service did not answer in time; nothing changed, retry after the given seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unavailable";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
        };
    };
    "bulletin-read-get-bulletins": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Cut-offs with a bulletin, newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "bulletins": [
                     *         {
                     *           "asOf": "2019-08-15",
                     *           "status": "published",
                     *           "revisions": 1,
                     *           "closed": true,
                     *           "publishedAt": "2019-08-15T08:00:00.000Z"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["BulletinList"];
                };
            };
            /** @description Bad input: `details` lists each bad field with its path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation-error";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthorized";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Valid caller outside its scope; nothing changed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Internal error; no internals are shown */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal-error";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description A backing service did not answer in time; nothing changed, retry after the given seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unavailable";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
        };
    };
    "bulletin-read-get-bulletins-asOf": {
        parameters: {
            query?: {
                /** @description A published revision (default: latest) */
                revision?: number;
            };
            header?: never;
            path: {
                /** @example 2019-09-15 */
                asOf: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The latest (or the asked) published revision; before publication, the office: the draft */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "asOf": "2019-08-15",
                     *       "title": "扎兰屯市农村危房改造工作进度通报（截至2019年8月15日）",
                     *       "dateText": "2019年8月15日",
                     *       "deadline": "2019-08-31",
                     *       "policyId": "housing-2019",
                     *       "status": "published",
                     *       "revision": 1,
                     *       "builtAt": "2019-08-15T08:00:00.000Z",
                     *       "publishedAt": "2019-08-15T08:00:00.000Z",
                     *       "publishedBy": {
                     *         "role": "housing-office"
                     *       },
                     *       "programmes": [
                     *         {
                     *           "programme": "R1",
                     *           "title": "扎兰屯市建档立卡贫困户农村危房改造工作进度通报（截至2019年8月15日）",
                     *           "plan": {
                     *             "households": 573,
                     *             "budget": 6406400,
                     *             "clause": "R1 三"
                     *           },
                     *           "rows": [
                     *             {
                     *               "rank": 1,
                     *               "township": "zhonghe",
                     *               "name": "中和镇",
                     *               "tasks": 12,
                     *               "started": 10,
                     *               "accepted": 6,
                     *               "completionRate": 0.5,
                     *               "late": 1,
                     *               "committed": 302784,
                     *               "paid": 151392,
                     *               "withPhotos": 6
                     *             }
                     *           ],
                     *           "totals": {
                     *             "tasks": 12,
                     *             "started": 10,
                     *             "accepted": 6,
                     *             "completionRate": 0.5,
                     *             "late": 1,
                     *             "committed": 302784,
                     *             "paid": 151392,
                     *             "withPhotos": 6,
                     *             "planCompletionRate": 0.0105,
                     *             "noHouseCommitted": 0,
                     *             "noHousePaid": 0,
                     *             "sales": {
                     *               "count": 0,
                     *               "early": 0,
                     *               "amountDue": 0
                     *             }
                     *           },
                     *           "laggards": [],
                     *           "lateCases": [
                     *             {
                     *               "township": "zhonghe",
                     *               "townshipName": "中和镇",
                     *               "village": "前进村",
                     *               "householder": "张**",
                     *               "identity": "159999********1234",
                     *               "status": "under-construction",
                     *               "completionBy": "2019-08-15"
                     *             }
                     *           ]
                     *         }
                     *       ],
                     *       "narratives": [
                     *         {
                     *           "township": "zhonghe",
                     *           "name": "中和镇",
                     *           "version": 2,
                     *           "submittedAt": "2019-08-14T09:30:00.000Z",
                     *           "progress": "本期新开工2户，竣工验收3户",
                     *           "problems": "个别农户自筹资金不足",
                     *           "measures": "包联干部逐户督促，确保8月底前完工",
                     *           "figuresChanged": false
                     *         }
                     *       ],
                     *       "missing": [
                     *         {
                     *           "township": "chaihe",
                     *           "name": "柴河镇"
                     *         }
                     *       ],
                     *       "files": {
                     *         "xlsx": "https://files.example/reports/bulletins/2019-08-15/r1-ab12cd34/bulletin.xlsx?X-Amz-Expires=300"
                     *       },
                     *       "revisions": [
                     *         {
                     *           "revision": 1,
                     *           "publishedAt": "2019-08-15T08:00:00.000Z"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Bulletin"];
                };
            };
            /** @description Bad input: `details` lists each bad field with its path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation-error";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthorized";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Valid caller outside its scope; nothing changed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bulletin-not-found";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Internal error; no internals are shown */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal-error";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description A backing service did not answer in time; nothing changed, retry after the given seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unavailable";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
        };
    };
    "bulletin-write-post-bulletins-asOf-draft": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 2019-09-15 */
                asOf: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The draft as it would be published now */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "asOf": "2019-08-15",
                     *       "title": "扎兰屯市农村危房改造工作进度通报（截至2019年8月15日）",
                     *       "dateText": "2019年8月15日",
                     *       "deadline": "2019-08-31",
                     *       "policyId": "housing-2019",
                     *       "status": "draft",
                     *       "builtAt": "2019-08-15T08:00:00.000Z",
                     *       "programmes": [
                     *         {
                     *           "programme": "R1",
                     *           "title": "扎兰屯市建档立卡贫困户农村危房改造工作进度通报（截至2019年8月15日）",
                     *           "plan": {
                     *             "households": 573,
                     *             "budget": 6406400,
                     *             "clause": "R1 三"
                     *           },
                     *           "rows": [
                     *             {
                     *               "rank": 1,
                     *               "township": "zhonghe",
                     *               "name": "中和镇",
                     *               "tasks": 12,
                     *               "started": 10,
                     *               "accepted": 6,
                     *               "completionRate": 0.5,
                     *               "late": 1,
                     *               "committed": 302784,
                     *               "paid": 151392,
                     *               "withPhotos": 6
                     *             }
                     *           ],
                     *           "totals": {
                     *             "tasks": 12,
                     *             "started": 10,
                     *             "accepted": 6,
                     *             "completionRate": 0.5,
                     *             "late": 1,
                     *             "committed": 302784,
                     *             "paid": 151392,
                     *             "withPhotos": 6,
                     *             "planCompletionRate": 0.0105,
                     *             "noHouseCommitted": 0,
                     *             "noHousePaid": 0,
                     *             "sales": {
                     *               "count": 0,
                     *               "early": 0,
                     *               "amountDue": 0
                     *             }
                     *           },
                     *           "laggards": [],
                     *           "lateCases": [
                     *             {
                     *               "township": "zhonghe",
                     *               "townshipName": "中和镇",
                     *               "village": "前进村",
                     *               "householder": "张**",
                     *               "identity": "159999********1234",
                     *               "status": "under-construction",
                     *               "completionBy": "2019-08-15"
                     *             }
                     *           ]
                     *         }
                     *       ],
                     *       "narratives": [
                     *         {
                     *           "township": "zhonghe",
                     *           "name": "中和镇",
                     *           "version": 2,
                     *           "submittedAt": "2019-08-14T09:30:00.000Z",
                     *           "progress": "本期新开工2户，竣工验收3户",
                     *           "problems": "个别农户自筹资金不足",
                     *           "measures": "包联干部逐户督促，确保8月底前完工",
                     *           "figuresChanged": false
                     *         }
                     *       ],
                     *       "missing": [
                     *         {
                     *           "township": "chaihe",
                     *           "name": "柴河镇"
                     *         }
                     *       ],
                     *       "files": {
                     *         "xlsx": "https://files.example/reports/bulletins/2019-08-15/r1-ab12cd34/bulletin.xlsx?X-Amz-Expires=300"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Bulletin"];
                };
            };
            /** @description Bad input: `details` lists each bad field with its path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation-error" | "not-a-cut-off";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthorized";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Valid caller outside its scope; nothing changed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Internal error; no internals are shown */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal-error";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description A backing service did not answer in time; nothing changed, retry after the given seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unavailable";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
        };
    };
    "bulletin-write-post-bulletins-asOf-publish": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 2019-10-01 */
                asOf: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /** @example {} */
                "application/json": {
                    /** @description Why a published bulletin is corrected: makes the next revision */
                    correction?: string;
                };
            };
        };
        responses: {
            /** @description Already published and no correction asked: the latest revision, unchanged */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Bulletin"];
                };
            };
            /** @description Published: a new revision (with `correction`, the next one) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "asOf": "2019-08-15",
                     *       "title": "扎兰屯市农村危房改造工作进度通报（截至2019年8月15日）",
                     *       "dateText": "2019年8月15日",
                     *       "deadline": "2019-08-31",
                     *       "policyId": "housing-2019",
                     *       "status": "published",
                     *       "revision": 1,
                     *       "builtAt": "2019-08-15T08:00:00.000Z",
                     *       "publishedAt": "2019-08-15T08:00:00.000Z",
                     *       "publishedBy": {
                     *         "role": "housing-office"
                     *       },
                     *       "programmes": [
                     *         {
                     *           "programme": "R1",
                     *           "title": "扎兰屯市建档立卡贫困户农村危房改造工作进度通报（截至2019年8月15日）",
                     *           "plan": {
                     *             "households": 573,
                     *             "budget": 6406400,
                     *             "clause": "R1 三"
                     *           },
                     *           "rows": [
                     *             {
                     *               "rank": 1,
                     *               "township": "zhonghe",
                     *               "name": "中和镇",
                     *               "tasks": 12,
                     *               "started": 10,
                     *               "accepted": 6,
                     *               "completionRate": 0.5,
                     *               "late": 1,
                     *               "committed": 302784,
                     *               "paid": 151392,
                     *               "withPhotos": 6
                     *             }
                     *           ],
                     *           "totals": {
                     *             "tasks": 12,
                     *             "started": 10,
                     *             "accepted": 6,
                     *             "completionRate": 0.5,
                     *             "late": 1,
                     *             "committed": 302784,
                     *             "paid": 151392,
                     *             "withPhotos": 6,
                     *             "planCompletionRate": 0.0105,
                     *             "noHouseCommitted": 0,
                     *             "noHousePaid": 0,
                     *             "sales": {
                     *               "count": 0,
                     *               "early": 0,
                     *               "amountDue": 0
                     *             }
                     *           },
                     *           "laggards": [],
                     *           "lateCases": [
                     *             {
                     *               "township": "zhonghe",
                     *               "townshipName": "中和镇",
                     *               "village": "前进村",
                     *               "householder": "张**",
                     *               "identity": "159999********1234",
                     *               "status": "under-construction",
                     *               "completionBy": "2019-08-15"
                     *             }
                     *           ]
                     *         }
                     *       ],
                     *       "narratives": [
                     *         {
                     *           "township": "zhonghe",
                     *           "name": "中和镇",
                     *           "version": 2,
                     *           "submittedAt": "2019-08-14T09:30:00.000Z",
                     *           "progress": "本期新开工2户，竣工验收3户",
                     *           "problems": "个别农户自筹资金不足",
                     *           "measures": "包联干部逐户督促，确保8月底前完工",
                     *           "figuresChanged": false
                     *         }
                     *       ],
                     *       "missing": [
                     *         {
                     *           "township": "chaihe",
                     *           "name": "柴河镇"
                     *         }
                     *       ],
                     *       "files": {
                     *         "xlsx": "https://files.example/reports/bulletins/2019-08-15/r1-ab12cd34/bulletin.xlsx?X-Amz-Expires=300"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Bulletin"];
                };
            };
            /** @description Bad input: `details` lists each bad field with its path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation-error" | "invalid-encoding" | "not-a-cut-off";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthorized";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Valid caller outside its scope; nothing changed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Conflict with stored state or a rule; `code` names it */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bulletin-not-published" | "bulletin-moved";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Body over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "payload-too-large";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unsupported-media-type";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Internal error; no internals are shown */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal-error";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description A backing service did not answer in time; nothing changed, retry after the given seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unavailable";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
        };
    };
    "bulletin-read-get-bulletins-asOf-submissions": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 2019-09-01 */
                asOf: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Who submitted for the cut-off */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "asOf": "2019-08-15",
                     *       "closed": false,
                     *       "published": false,
                     *       "townships": [
                     *         {
                     *           "township": "chengjisihan",
                     *           "name": "成吉思汗镇",
                     *           "submitted": false
                     *         },
                     *         {
                     *           "township": "zhonghe",
                     *           "name": "中和镇",
                     *           "submitted": true,
                     *           "submission": {
                     *             "version": 2,
                     *             "submittedAt": "2019-08-14T09:30:00.000Z",
                     *             "submittedBy": {
                     *               "role": "township"
                     *             },
                     *             "progress": "本期新开工2户，竣工验收3户",
                     *             "problems": "个别农户自筹资金不足",
                     *             "measures": "包联干部逐户督促，确保8月底前完工",
                     *             "figures": {
                     *               "R1": {
                     *                 "tasks": 12,
                     *                 "started": 10,
                     *                 "accepted": 6,
                     *                 "completionRate": 0.5,
                     *                 "late": 1,
                     *                 "committed": 302784,
                     *                 "paid": 151392,
                     *                 "withPhotos": 6
                     *               },
                     *               "R2": {
                     *                 "tasks": 0,
                     *                 "started": 0,
                     *                 "accepted": 0,
                     *                 "completionRate": null,
                     *                 "late": 0,
                     *                 "committed": 0,
                     *                 "paid": 0,
                     *                 "withPhotos": 0
                     *               }
                     *             }
                     *           }
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["BulletinSubmissions"];
                };
            };
            /** @description Bad input: `details` lists each bad field with its path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation-error" | "not-a-cut-off";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthorized";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Valid caller outside its scope; nothing changed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Internal error; no internals are shown */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal-error";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description A backing service did not answer in time; nothing changed, retry after the given seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unavailable";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
        };
    };
    "bulletin-write-post-bulletins-asOf-submissions": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 2019-09-01 */
                asOf: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "township": "zhonghe",
                 *       "progress": "本期新开工2户，竣工验收3户",
                 *       "problems": "个别农户自筹资金不足",
                 *       "measures": "包联干部逐户督促，确保8月底前完工"
                 *     }
                 */
                "application/json": {
                    /** @description 下步措施: measures to take */
                    measures: string;
                    /** @description 存在问题: problems met (write 无 when none) */
                    problems: string;
                    /** @description 工作进展: progress since the last cut-off */
                    progress: string;
                    /**
                     * @description The submitting township (the caller’s own)
                     * @enum {string}
                     */
                    township: "chengjisihan" | "zhonghe" | "moguqi" | "dahewan" | "woniuhe" | "haduohe" | "chaihe" | "haoraoshan" | "wadi" | "nanmu" | "dawoer" | "samajie" | "gaotaizi" | "tiedong" | "hexi" | "xiangyang";
                };
            };
        };
        responses: {
            /** @description The same narrative over the same figures was already the current version: nothing written */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulletinSubmission"];
                };
            };
            /** @description Submitted: the new current version */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "version": 2,
                     *       "submittedAt": "2019-08-14T09:30:00.000Z",
                     *       "submittedBy": {
                     *         "role": "township"
                     *       },
                     *       "progress": "本期新开工2户，竣工验收3户",
                     *       "problems": "个别农户自筹资金不足",
                     *       "measures": "包联干部逐户督促，确保8月底前完工",
                     *       "figures": {
                     *         "R1": {
                     *           "tasks": 12,
                     *           "started": 10,
                     *           "accepted": 6,
                     *           "completionRate": 0.5,
                     *           "late": 1,
                     *           "committed": 302784,
                     *           "paid": 151392,
                     *           "withPhotos": 6
                     *         },
                     *         "R2": {
                     *           "tasks": 0,
                     *           "started": 0,
                     *           "accepted": 0,
                     *           "completionRate": null,
                     *           "late": 0,
                     *           "committed": 0,
                     *           "paid": 0,
                     *           "withPhotos": 0
                     *         }
                     *       },
                     *       "township": "zhonghe"
                     *     }
                     */
                    "application/json": components["schemas"]["BulletinSubmission"];
                };
            };
            /** @description Bad input: `details` lists each bad field with its path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation-error" | "invalid-encoding" | "not-a-cut-off";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthorized";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Valid caller outside its scope; nothing changed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Conflict with stored state or a rule; `code` names it */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bulletin-published" | "submission-moved";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Body over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "payload-too-large";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unsupported-media-type";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Internal error; no internals are shown */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal-error";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description A backing service did not answer in time; nothing changed, retry after the given seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unavailable";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
        };
    };
    "claims-month": {
        parameters: {
            query: {
                /**
                 * @description The hospital (a hospital's own from its token; required for the bureau and audit)
                 * @example zlt-peoples
                 */
                hospitalId?: string;
                /** @example 2019-03 */
                month: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A hospital's claims of a month (by discharge or service month) with totals per payer */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "month": "2019-03",
                     *       "hospitalId": "zlt-peoples",
                     *       "claims": [
                     *         {
                     *           "claimId": "C-mx40gnove6xziu",
                     *           "personId": "159999********663X",
                     *           "kind": "inpatient",
                     *           "serviceDate": "2019-03-10",
                     *           "status": "settled",
                     *           "settledAt": "2019-12-01T01:21:09.331Z",
                     *           "amounts": {
                     *             "total": 23456.78,
                     *             "basicInsurance": 17845.42,
                     *             "criticalIllnessInsurance": 0,
                     *             "medicalAssistance": 2180.65,
                     *             "commercialInsurance": 467.29,
                     *             "safetyNetFund": 467.28,
                     *             "hospital": 0,
                     *             "patient": 2496.14
                     *           }
                     *         },
                     *         {
                     *           "claimId": "GL-mx40mbkaw2vrc",
                     *           "personId": "159999********754X",
                     *           "kind": "inpatient",
                     *           "serviceDate": "2019-03-10",
                     *           "status": "settled",
                     *           "settledAt": "2019-12-01T01:25:33.351Z",
                     *           "amounts": {
                     *             "total": 12345.67,
                     *             "basicInsurance": 9756.54,
                     *             "criticalIllnessInsurance": 0,
                     *             "medicalAssistance": 276.65,
                     *             "commercialInsurance": 59.29,
                     *             "safetyNetFund": 59.28,
                     *             "hospital": 0,
                     *             "patient": 2193.91
                     *           }
                     *         },
                     *         {
                     *           "claimId": "GL-mx40mbmbcxngjv",
                     *           "personId": "159999********6019",
                     *           "kind": "inpatient",
                     *           "serviceDate": "2019-03-10",
                     *           "status": "settled",
                     *           "settledAt": "2019-12-01T01:25:33.496Z",
                     *           "amounts": {
                     *             "total": 5000,
                     *             "basicInsurance": 3880,
                     *             "criticalIllnessInsurance": 0,
                     *             "medicalAssistance": 0,
                     *             "commercialInsurance": 0,
                     *             "safetyNetFund": 0,
                     *             "hospital": 0,
                     *             "patient": 1120
                     *           }
                     *         },
                     *         {
                     *           "claimId": "GL-mx40mbpnangtk",
                     *           "personId": "159999********6019",
                     *           "kind": "inpatient",
                     *           "serviceDate": "2019-03-20",
                     *           "status": "voided",
                     *           "settledAt": "2019-12-01T01:25:33.526Z",
                     *           "voidedAt": "2019-12-01T01:25:33.552Z",
                     *           "amounts": {
                     *             "total": 800,
                     *             "basicInsurance": 640,
                     *             "criticalIllnessInsurance": 0,
                     *             "medicalAssistance": 0,
                     *             "commercialInsurance": 0,
                     *             "safetyNetFund": 0,
                     *             "hospital": 0,
                     *             "patient": 160
                     *           }
                     *         },
                     *         {
                     *           "claimId": "HM-mx40mctx9hfpjq",
                     *           "personId": "159999********6255",
                     *           "kind": "inpatient",
                     *           "serviceDate": "2019-03-10",
                     *           "status": "settled",
                     *           "settledAt": "2019-12-01T01:25:34.973Z",
                     *           "amounts": {
                     *             "total": 3000,
                     *             "basicInsurance": 2280,
                     *             "criticalIllnessInsurance": 0,
                     *             "medicalAssistance": 0,
                     *             "commercialInsurance": 0,
                     *             "safetyNetFund": 0,
                     *             "hospital": 0,
                     *             "patient": 720
                     *           }
                     *         },
                     *         {
                     *           "claimId": "HM-mx40mcuh1cwpqx",
                     *           "personId": "159999********6255",
                     *           "kind": "inpatient",
                     *           "serviceDate": "2019-03-25",
                     *           "status": "voided",
                     *           "settledAt": "2019-12-01T01:25:34.999Z",
                     *           "voidedAt": "2019-12-01T01:25:35.054Z",
                     *           "amounts": {
                     *             "total": 999.99,
                     *             "basicInsurance": 799.99,
                     *             "criticalIllnessInsurance": 0,
                     *             "medicalAssistance": 0,
                     *             "commercialInsurance": 0,
                     *             "safetyNetFund": 0,
                     *             "hospital": 0,
                     *             "patient": 200
                     *           }
                     *         },
                     *         {
                     *           "claimId": "R-mx40hxn2dopacb",
                     *           "personId": "159999********6963",
                     *           "kind": "inpatient",
                     *           "serviceDate": "2019-03-10",
                     *           "status": "settled",
                     *           "settledAt": "2019-12-01T01:22:09.062Z",
                     *           "amounts": {
                     *             "total": 8888.88,
                     *             "basicInsurance": 6991.1,
                     *             "criticalIllnessInsurance": 0,
                     *             "medicalAssistance": 0,
                     *             "commercialInsurance": 0,
                     *             "safetyNetFund": 0,
                     *             "hospital": 0,
                     *             "patient": 1897.78
                     *           }
                     *         },
                     *         {
                     *           "claimId": "V-mx40i10pfb3a0f",
                     *           "personId": "159999********8069",
                     *           "kind": "inpatient",
                     *           "serviceDate": "2019-03-10",
                     *           "status": "voided",
                     *           "settledAt": "2019-12-01T01:22:13.102Z",
                     *           "voidedAt": "2019-12-01T01:22:14.065Z",
                     *           "amounts": {
                     *             "total": 5000,
                     *             "basicInsurance": 3880,
                     *             "criticalIllnessInsurance": 0,
                     *             "medicalAssistance": 0,
                     *             "commercialInsurance": 0,
                     *             "safetyNetFund": 0,
                     *             "hospital": 0,
                     *             "patient": 1120
                     *           }
                     *         },
                     *         {
                     *           "claimId": "V-mx40i10pfb3a0f-2",
                     *           "personId": "159999********8069",
                     *           "kind": "inpatient",
                     *           "serviceDate": "2019-03-10",
                     *           "status": "settled",
                     *           "settledAt": "2019-12-01T01:22:14.705Z",
                     *           "amounts": {
                     *             "total": 5000,
                     *             "basicInsurance": 3880,
                     *             "criticalIllnessInsurance": 0,
                     *             "medicalAssistance": 0,
                     *             "commercialInsurance": 0,
                     *             "safetyNetFund": 0,
                     *             "hospital": 0,
                     *             "patient": 1120
                     *           }
                     *         }
                     *       ],
                     *       "totals": {
                     *         "total": 57691.33,
                     *         "basicInsurance": 44633.06,
                     *         "criticalIllnessInsurance": 0,
                     *         "medicalAssistance": 2457.3,
                     *         "commercialInsurance": 526.58,
                     *         "safetyNetFund": 526.56,
                     *         "hospital": 0,
                     *         "patient": 9547.83
                     *       },
                     *       "settled": 6,
                     *       "voided": 3
                     *     }
                     */
                    "application/json": components["schemas"]["HospitalMonth"];
                };
            };
            /** @description Bad input: `details` lists each bad field with its path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation-error";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthorized";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Valid caller outside its scope; nothing changed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Internal error; no internals are shown */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal-error";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description A backing service did not answer in time; nothing changed, retry after the given seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unavailable";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
        };
    };
    "claims-post": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "claimId": "HIS-mx40ncdg73ggo2",
                 *       "personId": "15999919570718884X",
                 *       "kind": "inpatient",
                 *       "admittedOn": "2019-04-02",
                 *       "dischargedOn": "2019-04-09",
                 *       "diagnosis": {
                 *         "icd10": "K35.9"
                 *       },
                 *       "referral": {
                 *         "registered": false,
                 *         "emergency": false
                 *       },
                 *       "costs": {
                 *         "total": 8000,
                 *         "outOfCatalogue": 0,
                 *         "patientExcess": 0,
                 *         "hospitalExcess": 0
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["ClaimRequest"];
            };
        };
        responses: {
            /** @description The same claim posted again: the first settlement, unchanged */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Settlement"];
                };
            };
            /** @description Settled */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "claimId": "HIS-mx40ncdg73ggo2",
                     *       "hospitalId": "clinic-zhonghe",
                     *       "personId": "15999919570718884X",
                     *       "status": "settled",
                     *       "policyId": "zhalantun-2019",
                     *       "settledAt": "2019-12-01T01:26:21.100Z",
                     *       "kind": "inpatient",
                     *       "serviceDate": "2019-04-09",
                     *       "tilt": true,
                     *       "rule": "self-pay-cap",
                     *       "amounts": {
                     *         "total": 8000,
                     *         "compliant": 8000,
                     *         "basicInsurance": 7155,
                     *         "criticalIllnessInsurance": 0,
                     *         "medicalAssistance": 0,
                     *         "commercialInsurance": 0,
                     *         "safetyNetFund": 0,
                     *         "hospital": 0,
                     *         "patient": 845,
                     *         "financeDeliveryFee": 0
                     *       },
                     *       "steps": [
                     *         {
                     *           "rule": "tilt-eligibility",
                     *           "clause": "H 三.(一)",
                     *           "payer": "none",
                     *           "amount": 0,
                     *           "note": "registered poor on 2019-04-09: tilts apply"
                     *         },
                     *         {
                     *           "rule": "compliant-cost",
                     *           "clause": "H 三.(二).5.6)",
                     *           "payer": "none",
                     *           "amount": 8000,
                     *           "note": "in-catalogue 8,000.00 + out-of-catalogue within the limit 0.00"
                     *         },
                     *         {
                     *           "rule": "deductible",
                     *           "clause": "H 三.(二).1.2)",
                     *           "payer": "none",
                     *           "amount": 50,
                     *           "note": "registered poor: half the standard deductible: 50% of 100.00, at most the in-catalogue cost"
                     *         },
                     *         {
                     *           "rule": "basic-insurance",
                     *           "clause": "H 三.(二).1.2)",
                     *           "payer": "basicInsurance",
                     *           "amount": 7155,
                     *           "note": "(8,000.00 − 50.00) × 90% = 7,155.00"
                     *         },
                     *         {
                     *           "rule": "critical-illness",
                     *           "clause": "H 三.(二).1.3)",
                     *           "payer": "criticalIllnessInsurance",
                     *           "amount": 0,
                     *           "note": "poor table (threshold 7,000.00): B(845.00) − B(0.00)"
                     *         },
                     *         {
                     *           "rule": "target-share",
                     *           "clause": "H 三.(二).5.6)",
                     *           "payer": "none",
                     *           "amount": 845,
                     *           "note": "d 50.00 + self-pay beyond d 795.00 up to the township cap 1,000.00 + 10% of the rest"
                     *         },
                     *         {
                     *           "rule": "patient-share",
                     *           "clause": "H 三.(二).5.6)",
                     *           "payer": "patient",
                     *           "amount": 845,
                     *           "note": "the patient’s share of the compliant cost"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Settlement"];
                };
            };
            /** @description Bad input: `details` lists each bad field with its path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation-error" | "invalid-encoding" | "no-policy";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthorized";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Valid caller outside its scope; nothing changed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "person-not-found" | "hospital-not-found";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Conflict with stored state or a rule; `code` names it */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "claim-conflict";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Body over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "payload-too-large";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unsupported-media-type";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Too many concurrent updates of the same record; nothing changed, retry after the given seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "too-many-requests";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Internal error; no internals are shown */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal-error";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description A backing service did not answer in time; nothing changed, retry after the given seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unavailable";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
        };
    };
    "claims-get": {
        parameters: {
            query?: {
                hospitalId?: string;
            };
            header?: never;
            path: {
                /** @example HIS-mx40nbradwrx1c */
                claimId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The settlement */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "claimId": "HIS-mx40nbradwrx1c",
                     *       "hospitalId": "zlt-peoples",
                     *       "personId": "159999199308175660",
                     *       "status": "settled",
                     *       "policyId": "zhalantun-2019",
                     *       "settledAt": "2019-12-01T01:26:20.277Z",
                     *       "kind": "inpatient",
                     *       "serviceDate": "2019-04-09",
                     *       "tilt": true,
                     *       "rule": "self-pay-cap",
                     *       "amounts": {
                     *         "commercialInsurance": 0,
                     *         "total": 8000,
                     *         "medicalAssistance": 0,
                     *         "basicInsurance": 6280,
                     *         "patient": 1720,
                     *         "safetyNetFund": 0,
                     *         "compliant": 8000,
                     *         "criticalIllnessInsurance": 0,
                     *         "hospital": 0,
                     *         "financeDeliveryFee": 0
                     *       },
                     *       "steps": [
                     *         {
                     *           "clause": "H 三.(一)",
                     *           "rule": "tilt-eligibility",
                     *           "note": "registered poor on 2019-04-09: tilts apply",
                     *           "amount": 0,
                     *           "payer": "none"
                     *         },
                     *         {
                     *           "clause": "H 三.(二).5.6)",
                     *           "rule": "compliant-cost",
                     *           "note": "in-catalogue 8,000.00 + out-of-catalogue within the limit 0.00",
                     *           "amount": 8000,
                     *           "payer": "none"
                     *         },
                     *         {
                     *           "clause": "H 三.(二).1.2)",
                     *           "rule": "deductible",
                     *           "note": "registered poor: half the standard deductible: 50% of 300.00, at most the in-catalogue cost",
                     *           "amount": 150,
                     *           "payer": "none"
                     *         },
                     *         {
                     *           "clause": "H 三.(二).1.2)",
                     *           "rule": "basic-insurance",
                     *           "note": "(8,000.00 − 150.00) × 80% = 6,280.00",
                     *           "amount": 6280,
                     *           "payer": "basicInsurance"
                     *         },
                     *         {
                     *           "clause": "H 三.(二).1.3)",
                     *           "rule": "critical-illness",
                     *           "note": "poor table (threshold 7,000.00): B(1,720.00) − B(0.00)",
                     *           "amount": 0,
                     *           "payer": "criticalIllnessInsurance"
                     *         },
                     *         {
                     *           "clause": "H 三.(二).5.6)",
                     *           "rule": "target-share",
                     *           "note": "d 150.00 + self-pay beyond d 1,570.00 up to the county cap 2,000.00 + 10% of the rest",
                     *           "amount": 1720,
                     *           "payer": "none"
                     *         },
                     *         {
                     *           "clause": "H 三.(二).5.6)",
                     *           "rule": "patient-share",
                     *           "note": "the patient’s share of the compliant cost",
                     *           "amount": 1720,
                     *           "payer": "patient"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Settlement"];
                };
            };
            /** @description Bad input: `details` lists each bad field with its path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation-error";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthorized";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Valid caller outside its scope; nothing changed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "claim-not-found";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Internal error; no internals are shown */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal-error";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description A backing service did not answer in time; nothing changed, retry after the given seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unavailable";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
        };
    };
    "claims-void": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example HM-mx40mcuh1cwpqx */
                claimId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Voided (idempotent) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "claimId": "HM-mx40mcuh1cwpqx",
                     *       "hospitalId": "zlt-peoples",
                     *       "personId": "159999196803136251",
                     *       "status": "voided",
                     *       "policyId": "zhalantun-2019",
                     *       "settledAt": "2019-12-01T01:25:34.999Z",
                     *       "voidedAt": "2019-12-01T01:25:35.054Z",
                     *       "kind": "inpatient",
                     *       "serviceDate": "2019-03-25",
                     *       "tilt": true,
                     *       "rule": "self-pay-cap",
                     *       "amounts": {
                     *         "commercialInsurance": 0,
                     *         "total": 999.99,
                     *         "medicalAssistance": 0,
                     *         "basicInsurance": 799.99,
                     *         "patient": 200,
                     *         "safetyNetFund": 0,
                     *         "compliant": 999.99,
                     *         "criticalIllnessInsurance": 0,
                     *         "hospital": 0,
                     *         "financeDeliveryFee": 0
                     *       },
                     *       "steps": [
                     *         {
                     *           "clause": "H 三.(一)",
                     *           "rule": "tilt-eligibility",
                     *           "note": "registered poor on 2019-03-25: tilts apply",
                     *           "amount": 0,
                     *           "payer": "none"
                     *         },
                     *         {
                     *           "clause": "H 三.(二).5.6)",
                     *           "rule": "compliant-cost",
                     *           "note": "in-catalogue 999.99 + out-of-catalogue within the limit 0.00",
                     *           "amount": 999.99,
                     *           "payer": "none"
                     *         },
                     *         {
                     *           "clause": "H 三.(二).1.2)",
                     *           "rule": "deductible",
                     *           "note": "repeat admission at county level this year: 0% of 300.00, at most the in-catalogue cost",
                     *           "amount": 0,
                     *           "payer": "none"
                     *         },
                     *         {
                     *           "clause": "H 三.(二).1.2)",
                     *           "rule": "basic-insurance",
                     *           "note": "(999.99 − 0.00) × 80% = 799.99",
                     *           "amount": 799.99,
                     *           "payer": "basicInsurance"
                     *         },
                     *         {
                     *           "clause": "H 三.(二).1.3)",
                     *           "rule": "critical-illness",
                     *           "note": "poor table (threshold 7,000.00): B(920.00) − B(720.00)",
                     *           "amount": 0,
                     *           "payer": "criticalIllnessInsurance"
                     *         },
                     *         {
                     *           "clause": "H 三.(二).5.6)",
                     *           "rule": "target-share",
                     *           "note": "d 0.00 + self-pay beyond d 200.00 up to the county cap 2,000.00 + 10% of the rest",
                     *           "amount": 200,
                     *           "payer": "none"
                     *         },
                     *         {
                     *           "clause": "H 三.(二).5.6)",
                     *           "rule": "patient-share",
                     *           "note": "the patient’s share of the compliant cost",
                     *           "amount": 200,
                     *           "payer": "patient"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Settlement"];
                };
            };
            /** @description Bad input: `details` lists each bad field with its path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation-error";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthorized";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Valid caller outside its scope; nothing changed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "claim-not-found";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Too many concurrent updates of the same record; nothing changed, retry after the given seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "too-many-requests";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Internal error; no internals are shown */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal-error";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description A backing service did not answer in time; nothing changed, retry after the given seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unavailable";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
        };
    };
    "contributions-get": {
        parameters: {
            query: {
                /** @example 2019 */
                year: number;
            };
            header?: never;
            path: {
                /**
                 * @description Resident identity number (GB 11643)
                 * @example 159999195001130195
                 */
                personId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Yuan; personal + medicalAssistance + finance = standard */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "personId": "159999195001130195",
                     *       "year": 2019,
                     *       "category": "adult",
                     *       "registeredPoor": true,
                     *       "standard": 270,
                     *       "personal": 0,
                     *       "medicalAssistance": 0,
                     *       "finance": 270
                     *     }
                     */
                    "application/json": components["schemas"]["Contribution"];
                };
            };
            /** @description Bad input: `details` lists each bad field with its path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation-error" | "no-policy";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthorized";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Valid caller outside its scope; nothing changed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "person-not-found";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Internal error; no internals are shown */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal-error";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description A backing service did not answer in time; nothing changed, retry after the given seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unavailable";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
        };
    };
    "ecology-income-progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Progress against the plan targets */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "programmes": [
                     *         {
                     *           "programme": "forestry-industry",
                     *           "clause": "G 四.(二)",
                     *           "target": {
                     *             "households": 200,
                     *             "people": 560,
                     *             "incomePerUnit": 5000,
                     *             "per": "household"
                     *           },
                     *           "actual": {
                     *             "households": 0,
                     *             "people": 0,
                     *             "participants": 0,
                     *             "reachingTarget": 0,
                     *             "earnings": 0
                     *           }
                     *         },
                     *         {
                     *           "programme": "nursery-park",
                     *           "clause": "G 四.(三)",
                     *           "target": {
                     *             "households": null,
                     *             "people": 50,
                     *             "incomePerUnit": 9000,
                     *             "per": "worker"
                     *           },
                     *           "actual": {
                     *             "households": 1,
                     *             "people": 1,
                     *             "participants": 1,
                     *             "reachingTarget": 1,
                     *             "earnings": 9000
                     *           }
                     *         },
                     *         {
                     *           "programme": "forest-farms",
                     *           "clause": "G 四.(四)",
                     *           "target": {
                     *             "households": null,
                     *             "people": 410,
                     *             "incomePerUnit": 5000,
                     *             "per": "person"
                     *           },
                     *           "actual": {
                     *             "households": 0,
                     *             "people": 0,
                     *             "participants": 0,
                     *             "reachingTarget": 0,
                     *             "earnings": 0
                     *           }
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        programmes: components["schemas"]["IncomeProgress"][];
                    };
                };
            };
            /** @description Bad input: `details` lists each bad field with its path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation-error";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthorized";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Valid caller outside its scope; nothing changed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Internal error; no internals are shown */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal-error";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description A backing service did not answer in time; nothing changed, retry after the given seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unavailable";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
        };
    };
    "ecology-income-record": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "programme": "nursery-park",
                 *       "participantId": "W-mx40ggq08abwra",
                 *       "householdId": "HH-W",
                 *       "people": 1,
                 *       "earnings": 9000
                 *     }
                 */
                "application/json": components["schemas"]["IncomeRecord"];
            };
        };
        responses: {
            /** @description Recorded (a participant again replaces its record) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "programme": "nursery-park",
                     *       "participantId": "W-mx40ggq08abwra",
                     *       "householdId": "HH-W",
                     *       "people": 1,
                     *       "earnings": 9000
                     *     }
                     */
                    "application/json": components["schemas"]["IncomeRecordStored"];
                };
            };
            /** @description Bad input: `details` lists each bad field with its path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation-error" | "invalid-encoding";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthorized";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Valid caller outside its scope; nothing changed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Body over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "payload-too-large";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unsupported-media-type";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Internal error; no internals are shown */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal-error";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description A backing service did not answer in time; nothing changed, retry after the given seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unavailable";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
        };
    };
    "ecology-pay-run": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 2019-05 */
                month: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The month's ranger pay ledger (a rerun pays nobody twice) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "month": "2019-05",
                     *       "paidThisRun": 0,
                     *       "entries": 7,
                     *       "total": 1866.62,
                     *       "byTownship": {
                     *         "chengjisihan": 266.66,
                     *         "zhonghe": 0,
                     *         "moguqi": 266.66,
                     *         "dahewan": 0,
                     *         "woniuhe": 0,
                     *         "nanmu": 0,
                     *         "dawoer": 0,
                     *         "haduohe": 0,
                     *         "wadi": 0,
                     *         "samajie": 0,
                     *         "haoraoshan": 0,
                     *         "gaotaizi": 0,
                     *         "tiedong": 1066.64,
                     *         "hexi": 266.66
                     *       },
                     *       "withheld": [
                     *         {
                     *           "personId": "159999199705238637",
                     *           "township": "hexi",
                     *           "postNo": 2,
                     *           "village": "河西村",
                     *           "days": 31,
                     *           "reason": "not registered poor on 2019-05-01 (left the register)"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["RangerPayRun"];
                };
            };
            /** @description Bad input: `details` lists each bad field with its path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation-error";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthorized";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Valid caller outside its scope; nothing changed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Internal error; no internals are shown */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal-error";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description A backing service did not answer in time; nothing changed, retry after the given seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unavailable";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
        };
    };
    "ecology-quotas": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Quota, filled and free posts per township */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "townships": [
                     *         {
                     *           "township": "chengjisihan",
                     *           "name": "成吉思汗镇",
                     *           "villages": 22,
                     *           "quota": 84,
                     *           "filled": 1,
                     *           "free": 83,
                     *           "people": 269
                     *         },
                     *         {
                     *           "township": "zhonghe",
                     *           "name": "中和镇",
                     *           "villages": 20,
                     *           "quota": 76,
                     *           "filled": 0,
                     *           "free": 76,
                     *           "people": 243
                     *         },
                     *         {
                     *           "township": "moguqi",
                     *           "name": "蘑菇气镇",
                     *           "villages": 19,
                     *           "quota": 68,
                     *           "filled": 0,
                     *           "free": 68,
                     *           "people": 218
                     *         },
                     *         {
                     *           "township": "dahewan",
                     *           "name": "大河湾镇",
                     *           "villages": 14,
                     *           "quota": 48,
                     *           "filled": 0,
                     *           "free": 48,
                     *           "people": 154
                     *         },
                     *         {
                     *           "township": "woniuhe",
                     *           "name": "卧牛河镇",
                     *           "villages": 13,
                     *           "quota": 48,
                     *           "filled": 0,
                     *           "free": 48,
                     *           "people": 153
                     *         },
                     *         {
                     *           "township": "haduohe",
                     *           "name": "哈多河镇",
                     *           "villages": 6,
                     *           "quota": 24,
                     *           "filled": 0,
                     *           "free": 24,
                     *           "people": 77
                     *         },
                     *         {
                     *           "township": "chaihe",
                     *           "name": "柴河镇",
                     *           "villages": 0,
                     *           "quota": 0,
                     *           "filled": 0,
                     *           "free": 0,
                     *           "people": 0
                     *         },
                     *         {
                     *           "township": "haoraoshan",
                     *           "name": "浩饶山镇",
                     *           "villages": 3,
                     *           "quota": 8,
                     *           "filled": 0,
                     *           "free": 8,
                     *           "people": 26
                     *         },
                     *         {
                     *           "township": "wadi",
                     *           "name": "洼堤乡",
                     *           "villages": 5,
                     *           "quota": 20,
                     *           "filled": 0,
                     *           "free": 20,
                     *           "people": 64
                     *         },
                     *         {
                     *           "township": "nanmu",
                     *           "name": "南木鄂伦春民族乡",
                     *           "villages": 8,
                     *           "quota": 32,
                     *           "filled": 0,
                     *           "free": 32,
                     *           "people": 102
                     *         },
                     *         {
                     *           "township": "dawoer",
                     *           "name": "达斡尔民族乡",
                     *           "villages": 8,
                     *           "quota": 32,
                     *           "filled": 0,
                     *           "free": 32,
                     *           "people": 103
                     *         },
                     *         {
                     *           "township": "samajie",
                     *           "name": "萨马街鄂温克民族乡",
                     *           "villages": 6,
                     *           "quota": 16,
                     *           "filled": 0,
                     *           "free": 16,
                     *           "people": 51
                     *         },
                     *         {
                     *           "township": "gaotaizi",
                     *           "name": "高台子街道",
                     *           "villages": 4,
                     *           "quota": 16,
                     *           "filled": 0,
                     *           "free": 16,
                     *           "people": 51
                     *         },
                     *         {
                     *           "township": "tiedong",
                     *           "name": "铁东街道",
                     *           "villages": 1,
                     *           "quota": 4,
                     *           "filled": 3,
                     *           "free": 1,
                     *           "people": 13
                     *         },
                     *         {
                     *           "township": "hexi",
                     *           "name": "河西街道",
                     *           "villages": 1,
                     *           "quota": 4,
                     *           "filled": 2,
                     *           "free": 2,
                     *           "people": 12
                     *         },
                     *         {
                     *           "township": "xiangyang",
                     *           "name": "向阳街道",
                     *           "villages": 0,
                     *           "quota": 0,
                     *           "filled": 0,
                     *           "free": 0,
                     *           "people": 0
                     *         }
                     *       ],
                     *       "totals": {
                     *         "villages": 130,
                     *         "quota": 480,
                     *         "filled": 6,
                     *         "free": 474,
                     *         "people": 1536
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["RangerQuotas"];
                };
            };
            /** @description Bad input: `details` lists each bad field with its path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation-error";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthorized";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Valid caller outside its scope; nothing changed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Internal error; no internals are shown */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal-error";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description A backing service did not answer in time; nothing changed, retry after the given seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unavailable";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
        };
    };
    "ecology-rangers-list": {
        parameters: {
            query?: {
                township?: "chengjisihan" | "zhonghe" | "moguqi" | "dahewan" | "woniuhe" | "haduohe" | "chaihe" | "haoraoshan" | "wadi" | "nanmu" | "dawoer" | "samajie" | "gaotaizi" | "tiedong" | "hexi" | "xiangyang";
                /** @description Default: 2019. */
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A township's rangers with their pay for the year */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "rangers": []
                     *     }
                     */
                    "application/json": {
                        rangers: components["schemas"]["RangerPost"][];
                    };
                };
            };
            /** @description Bad input: `details` lists each bad field with its path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation-error";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthorized";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Valid caller outside its scope; nothing changed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Internal error; no internals are shown */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal-error";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description A backing service did not answer in time; nothing changed, retry after the given seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unavailable";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
        };
    };
    "ecology-ranger-hire": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "personId": "159999195308056372",
                 *       "township": "moguqi",
                 *       "from": "2019-03-15"
                 *     }
                 */
                "application/json": components["schemas"]["RangerHire"];
            };
        };
        responses: {
            /** @description The same hire recorded before: the post as stored */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RangerPost"];
                };
            };
            /** @description Hired */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "personId": "159999195308056372",
                     *       "householdId": "HH-GLR-mx40mcd7f5wms4",
                     *       "township": "moguqi",
                     *       "postNo": 1,
                     *       "village": "测试村",
                     *       "from": "2019-03-15",
                     *       "status": "active",
                     *       "hiredBy": "local-township-moguqi",
                     *       "pay": {
                     *         "year": 2019,
                     *         "months": 10,
                     *         "amount": 2666.67,
                     *         "clause": "G 四.(一)"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["RangerPost"];
                };
            };
            /** @description Bad input: `details` lists each bad field with its path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation-error" | "invalid-encoding";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthorized";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Valid caller outside its scope; nothing changed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Conflict with stored state or a rule; `code` names it */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "quota-full" | "household-has-ranger" | "excluded" | "unable-to-work" | "not-registered";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Body over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "payload-too-large";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unsupported-media-type";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Too many concurrent updates of the same record; nothing changed, retry after the given seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "too-many-requests";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Internal error; no internals are shown */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal-error";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description A backing service did not answer in time; nothing changed, retry after the given seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unavailable";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
        };
    };
    "ecology-ranger-release": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Resident identity number (GB 11643)
                 * @example 159999199112252724
                 */
                personId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "on": "2019-03-01"
                 *     }
                 */
                "application/json": components["schemas"]["RangerRelease"];
            };
        };
        responses: {
            /** @description Released; the post is free again */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "householdId": "HH-T-mx40gex9g30ds7",
                     *       "postNo": 1,
                     *       "personId": "159999199112252724",
                     *       "from": "2019-01-01",
                     *       "village": "河西二村",
                     *       "hiredBy": "local-forestry-bureau",
                     *       "township": "hexi",
                     *       "status": "released",
                     *       "releasedOn": "2019-03-01",
                     *       "pay": {
                     *         "year": 2019,
                     *         "months": 3,
                     *         "amount": 800,
                     *         "clause": "G 四.(一)"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["RangerPost"];
                };
            };
            /** @description Bad input: `details` lists each bad field with its path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation-error" | "invalid-encoding";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthorized";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Valid caller outside its scope; nothing changed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "ranger-not-found";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Body over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "payload-too-large";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unsupported-media-type";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Too many concurrent updates of the same record; nothing changed, retry after the given seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "too-many-requests";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Internal error; no internals are shown */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal-error";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description A backing service did not answer in time; nothing changed, retry after the given seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unavailable";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
        };
    };
    "education-opening-balance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "paymentId": "OB-mx40g9oue02xcv",
                 *       "studentId": "15999919930105839X",
                 *       "type": "university-aid",
                 *       "academicYear": 2016,
                 *       "amount": 20000,
                 *       "paidOn": "2016-10-10",
                 *       "stage": "university-junior-college",
                 *       "evidence": "2016年资助台账"
                 *     }
                 */
                "application/json": components["schemas"]["EducationOpeningBalance"];
            };
        };
        responses: {
            /** @description The paymentId was seen with the same request: the first result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EducationLedgerEntry"];
                };
            };
            /** @description Entered */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "paymentId": "OB-mx40g9oue02xcv",
                     *       "studentId": "15999919930105839X",
                     *       "type": "university-aid",
                     *       "academicYear": 2016,
                     *       "amount": 20000,
                     *       "rule": "opening-balance-university-aid",
                     *       "clause": "E 三.(二) (decision: opening balances)",
                     *       "slot": "university-aid#2016",
                     *       "paidOn": "2016-10-10",
                     *       "stage": "university-junior-college",
                     *       "openingBalance": true,
                     *       "evidence": "2016年资助台账",
                     *       "paidBy": "local-education-bureau"
                     *     }
                     */
                    "application/json": components["schemas"]["EducationLedgerEntry"];
                };
            };
            /** @description Bad input: `details` lists each bad field with its path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation-error" | "invalid-encoding" | "no-policy";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthorized";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Valid caller outside its scope; nothing changed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "student-not-found";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Conflict with stored state or a rule; `code` names it */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "payment-conflict" | "cap-reached" | "once-per-stage" | "not-verified" | "not-eligible" | "not-yet-due" | "family-not-confirmed" | "no-policy";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Body over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "payload-too-large";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unsupported-media-type";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Too many concurrent updates of the same record; nothing changed, retry after the given seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "too-many-requests";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Internal error; no internals are shown */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal-error";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description A backing service did not answer in time; nothing changed, retry after the given seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unavailable";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
        };
    };
    "education-payment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "paymentId": "EP-mx40ga4md9xh0g",
                 *       "studentId": "159999198409239024",
                 *       "type": "milk-subsidy",
                 *       "academicYear": 2018,
                 *       "paidOn": "2019-01-15"
                 *     }
                 */
                "application/json": components["schemas"]["EducationPayment"];
            };
        };
        responses: {
            /** @description The paymentId was seen with the same request: the first result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EducationLedgerEntry"];
                };
            };
            /** @description Paid */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "paymentId": "EP-mx40ga4md9xh0g",
                     *       "studentId": "159999198409239024",
                     *       "type": "milk-subsidy",
                     *       "academicYear": 2018,
                     *       "amount": 500,
                     *       "rule": "milk-subsidy",
                     *       "clause": "E 三.(二).3",
                     *       "slot": "milk-subsidy#2018",
                     *       "paidOn": "2019-01-15",
                     *       "stage": "compulsory",
                     *       "paidBy": "local-education-bureau"
                     *     }
                     */
                    "application/json": components["schemas"]["EducationLedgerEntry"];
                };
            };
            /** @description Bad input: `details` lists each bad field with its path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation-error" | "invalid-encoding" | "no-policy";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthorized";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Valid caller outside its scope; nothing changed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "student-not-found";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Conflict with stored state or a rule; `code` names it */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "payment-conflict" | "cap-reached" | "once-per-stage" | "not-verified" | "not-eligible" | "not-yet-due" | "family-not-confirmed" | "no-policy";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Body over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "payload-too-large";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unsupported-media-type";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Too many concurrent updates of the same record; nothing changed, retry after the given seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "too-many-requests";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Internal error; no internals are shown */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal-error";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description A backing service did not answer in time; nothing changed, retry after the given seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unavailable";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
        };
    };
    "education-student-put": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "studentId": "159999197705114432",
                 *       "name": "示例学生",
                 *       "householdId": "HH-S-mx40lyn5gdbh3n",
                 *       "township": "hexi",
                 *       "family": "registered-poor",
                 *       "stage": "high-school",
                 *       "school": "示例中学",
                 *       "admissionYear": 2019
                 *     }
                 */
                "application/json": components["schemas"]["Student"];
            };
        };
        responses: {
            /** @description The student was already registered: the register entry as posted */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Student"];
                };
            };
            /** @description Registered */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "studentId": "159999197705114432",
                     *       "name": "示例学生",
                     *       "householdId": "HH-S-mx40lyn5gdbh3n",
                     *       "township": "hexi",
                     *       "family": "registered-poor",
                     *       "stage": "high-school",
                     *       "school": "示例中学",
                     *       "admissionYear": 2019
                     *     }
                     */
                    "application/json": components["schemas"]["Student"];
                };
            };
            /** @description Bad input: `details` lists each bad field with its path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation-error" | "invalid-encoding";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthorized";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Valid caller outside its scope; nothing changed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Body over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "payload-too-large";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unsupported-media-type";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Internal error; no internals are shown */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal-error";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description A backing service did not answer in time; nothing changed, retry after the given seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unavailable";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
        };
    };
    "education-student-get": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Resident identity number (GB 11643)
                 * @example 15999919930105839X
                 */
                studentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The student, verifications, payments (opening balances marked), totals, caps and register changes (yuan) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "student": {
                     *         "studentId": "15999919930105839X",
                     *         "householdId": "HH-L-mx40g9nhb3xt0",
                     *         "stage": "university-junior-college",
                     *         "school": "示例大学",
                     *         "name": "示例学生",
                     *         "admissionYear": 2016,
                     *         "family": "registered-poor",
                     *         "township": "zhonghe"
                     *       },
                     *       "verified": [
                     *         "2019-autumn",
                     *         "2019-spring"
                     *       ],
                     *       "payments": [
                     *         {
                     *           "clause": "E 三.(二) (decision: opening balances)",
                     *           "amount": 20000,
                     *           "evidence": "2016年资助台账",
                     *           "paidBy": "local-education-bureau",
                     *           "rule": "opening-balance-university-aid",
                     *           "slot": "university-aid#2016",
                     *           "type": "university-aid",
                     *           "paidOn": "2016-10-10",
                     *           "studentId": "15999919930105839X",
                     *           "academicYear": 2016,
                     *           "stage": "university-junior-college",
                     *           "paymentId": "OB-mx40g9oue02xcv",
                     *           "openingBalance": true
                     *         },
                     *         {
                     *           "studentId": "15999919930105839X",
                     *           "clause": "E 三.(二).2",
                     *           "amount": 10000,
                     *           "academicYear": 2018,
                     *           "stage": "university-junior-college",
                     *           "paidBy": "local-education-bureau",
                     *           "paymentId": "EP-mx40g9s1dt5mmf",
                     *           "rule": "university-aid",
                     *           "slot": "university-aid#2018",
                     *           "type": "university-aid",
                     *           "paidOn": "2019-03-10"
                     *         }
                     *       ],
                     *       "totals": {
                     *         "university-aid": 30000
                     *       },
                     *       "caps": {
                     *         "universityAid": {
                     *           "cap": 30000,
                     *           "paid": 30000,
                     *           "room": 0
                     *         }
                     *       },
                     *       "registerHistory": [
                     *         {
                     *           "at": "2019-12-01T01:20:50.923Z",
                     *           "after": {
                     *             "studentId": "15999919930105839X",
                     *             "householdId": "HH-L-mx40g9nhb3xt0",
                     *             "stage": "university-junior-college",
                     *             "school": "示例大学",
                     *             "name": "示例学生",
                     *             "admissionYear": 2016,
                     *             "family": "registered-poor",
                     *             "township": "zhonghe"
                     *           },
                     *           "before": null,
                     *           "by": "local-education-bureau"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["StudentFile"];
                };
            };
            /** @description Bad input: `details` lists each bad field with its path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation-error";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthorized";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Valid caller outside its scope; nothing changed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "student-not-found";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Internal error; no internals are shown */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal-error";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description A backing service did not answer in time; nothing changed, retry after the given seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unavailable";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
        };
    };
    "education-verify": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Resident identity number (GB 11643)
                 * @example 159999197705114432
                 */
                studentId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "semester": "2019-autumn",
                 *       "on": "2019-09-10"
                 *     }
                 */
                "application/json": components["schemas"]["Verification"];
            };
        };
        responses: {
            /** @description Recorded */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "semester": "2019-autumn",
                     *       "on": "2019-09-10"
                     *     }
                     */
                    "application/json": components["schemas"]["Verification"];
                };
            };
            /** @description Bad input: `details` lists each bad field with its path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation-error" | "invalid-encoding";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthorized";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Valid caller outside its scope; nothing changed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "student-not-found";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Body over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "payload-too-large";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unsupported-media-type";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Internal error; no internals are shown */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal-error";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description A backing service did not answer in time; nothing changed, retry after the given seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unavailable";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
        };
    };
    "education-verifications": {
        parameters: {
            query: {
                /** @example 2019-autumn */
                semester: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Student ids verified and not yet verified */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "semester": "2019-autumn",
                     *       "verified": [
                     *         "159999194902201056",
                     *         "159999197705114432",
                     *         "159999195709223880",
                     *         "159999198210244344",
                     *         "159999198409239024",
                     *         "15999919930105839X",
                     *         "159999200606175920",
                     *         "159999200802095071"
                     *       ],
                     *       "unverified": [
                     *         "159999200605148461",
                     *         "159999194804072166",
                     *         "159999200108132661",
                     *         "159999200204110964",
                     *         "159999200301114203",
                     *         "159999200408119717",
                     *         "159999200807168145"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Verifications"];
                };
            };
            /** @description Bad input: `details` lists each bad field with its path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation-error";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthorized";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Valid caller outside its scope; nothing changed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Internal error; no internals are shown */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal-error";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description A backing service did not answer in time; nothing changed, retry after the given seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unavailable";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
        };
    };
    health: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The service is up */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "ok"
                     *     }
                     */
                    "application/json": components["schemas"]["Health"];
                };
            };
            /** @description Bad input: `details` lists each bad field with its path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation-error";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Internal error; no internals are shown */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal-error";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
        };
    };
    "health-ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The table and the bucket answered; 503 `unavailable` (with Retry-After) when either did not */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "ready",
                     *       "checks": {
                     *         "table": "ok",
                     *         "bucket": "ok"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Readiness"];
                };
            };
            /** @description Bad input: `details` lists each bad field with its path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation-error";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Internal error; no internals are shown */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal-error";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description A backing service did not answer in time; nothing changed, retry after the given seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unavailable";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
        };
    };
    "hospitals-list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The registry */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "hospitals": [
                     *         {
                     *           "hospitalId": "zlt-peoples",
                     *           "name": "扎兰屯市人民医院",
                     *           "level": "county",
                     *           "grade": "tertiary",
                     *           "secondaryOutOfCatalogueLimit": true,
                     *           "majorDiseaseDesignated": true,
                     *           "cataractProgramme": true,
                     *           "inCounty": true
                     *         },
                     *         {
                     *           "hospitalId": "zlt-mongolian-chinese",
                     *           "name": "扎兰屯市中蒙医院",
                     *           "level": "county",
                     *           "grade": "tertiary",
                     *           "secondaryOutOfCatalogueLimit": true,
                     *           "majorDiseaseDesignated": true,
                     *           "cataractProgramme": false,
                     *           "inCounty": true
                     *         },
                     *         {
                     *           "hospitalId": "hlbe-second-peoples",
                     *           "name": "呼伦贝尔市第二人民医院",
                     *           "level": "prefecture",
                     *           "grade": "tertiary",
                     *           "secondaryOutOfCatalogueLimit": true,
                     *           "majorDiseaseDesignated": false,
                     *           "cataractProgramme": false,
                     *           "inCounty": true
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Hospitals"];
                };
            };
            /** @description Bad input: `details` lists each bad field with its path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation-error";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthorized";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Valid caller outside its scope; nothing changed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Internal error; no internals are shown */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal-error";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description A backing service did not answer in time; nothing changed, retry after the given seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unavailable";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
        };
    };
    "hospitals-put": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example demo-region-1796088368148 */
                hospitalId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "hospitalId": "demo-region-1796088368148",
                 *       "name": "示例自治区医院",
                 *       "level": "region",
                 *       "grade": "tertiary",
                 *       "secondaryOutOfCatalogueLimit": false,
                 *       "majorDiseaseDesignated": false,
                 *       "cataractProgramme": false,
                 *       "inCounty": false
                 *     }
                 */
                "application/json": components["schemas"]["Hospital"];
            };
        };
        responses: {
            /** @description Stored */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "hospitalId": "demo-region-1796088368148",
                     *       "name": "示例自治区医院",
                     *       "level": "region",
                     *       "grade": "tertiary",
                     *       "secondaryOutOfCatalogueLimit": false,
                     *       "majorDiseaseDesignated": false,
                     *       "cataractProgramme": false,
                     *       "inCounty": false
                     *     }
                     */
                    "application/json": components["schemas"]["Hospital"];
                };
            };
            /** @description Bad input: `details` lists each bad field with its path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation-error" | "invalid-encoding";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthorized";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Valid caller outside its scope; nothing changed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Body over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "payload-too-large";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unsupported-media-type";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Internal error; no internals are shown */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal-error";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description A backing service did not answer in time; nothing changed, retry after the given seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unavailable";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
        };
    };
    "machine-clients-list": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example clinic-zhonghe */
                hospitalId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The hospital's registered billing systems */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "machineClients": []
                     *     }
                     */
                    "application/json": {
                        machineClients: components["schemas"]["MachineClient"][];
                    };
                };
            };
            /** @description Bad input: `details` lists each bad field with its path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation-error";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthorized";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Valid caller outside its scope; nothing changed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "hospital-not-found";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Internal error; no internals are shown */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal-error";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description A backing service did not answer in time; nothing changed, retry after the given seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unavailable";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
        };
    };
    "machine-client-put": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example his-test-b793762a9e3c */
                clientId: string;
                /** @example clinic-zhonghe */
                hospitalId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "label": "clinic"
                 *     }
                 */
                "application/json": components["schemas"]["MachineClientRegistration"];
            };
        };
        responses: {
            /** @description Registered (a repeat changes only the label) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "clientId": "his-test-b793762a9e3c",
                     *       "hospitalId": "clinic-zhonghe",
                     *       "label": "clinic",
                     *       "registeredBy": "local-insurance-bureau",
                     *       "registeredAt": "2019-12-01T01:26:20.710Z"
                     *     }
                     */
                    "application/json": components["schemas"]["MachineClient"];
                };
            };
            /** @description Bad input: `details` lists each bad field with its path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation-error" | "invalid-encoding";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthorized";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Valid caller outside its scope; nothing changed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "hospital-not-found";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Conflict with stored state or a rule; `code` names it */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "client-registered-elsewhere";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Body over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "payload-too-large";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unsupported-media-type";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Internal error; no internals are shown */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal-error";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description A backing service did not answer in time; nothing changed, retry after the given seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unavailable";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
        };
    };
    "machine-client-delete": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example his-test-b793762a9e3c */
                clientId: string;
                /** @example clinic-zhonghe */
                hospitalId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Revoked: tokens of this client are refused from now on */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad input: `details` lists each bad field with its path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation-error";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthorized";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Valid caller outside its scope; nothing changed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "machine-client-not-found";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Internal error; no internals are shown */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal-error";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description A backing service did not answer in time; nothing changed, retry after the given seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unavailable";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
        };
    };
    "household-get": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example HH-GLR-mx40mcd7f5wms4 */
                householdId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One household at a glance (一户一档) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "householdId": "HH-GLR-mx40mcd7f5wms4",
                     *       "township": "moguqi",
                     *       "village": "测试村",
                     *       "members": [
                     *         {
                     *           "personId": "159999195308056372",
                     *           "name": "护林员丙",
                     *           "householdId": "HH-GLR-mx40mcd7f5wms4",
                     *           "township": "moguqi",
                     *           "village": "测试村",
                     *           "registeredFrom": "2016-01-01",
                     *           "insuredYears": [
                     *             2019
                     *           ],
                     *           "flags": []
                     *         }
                     *       ],
                     *       "arrears": {
                     *         "flagged": false
                     *       },
                     *       "claims": [],
                     *       "housing": null,
                     *       "education": [],
                     *       "rangers": [
                     *         {
                     *           "personId": "159999195308056372",
                     *           "township": "moguqi",
                     *           "from": "2019-03-15",
                     *           "status": "active",
                     *           "pay": [
                     *             {
                     *               "month": "2019-04",
                     *               "amount": 266.67
                     *             },
                     *             {
                     *               "month": "2019-05",
                     *               "amount": 266.66
                     *             }
                     *           ],
                     *           "total": 533.33
                     *         }
                     *       ],
                     *       "totals": [
                     *         {
                     *           "programme": "ranger",
                     *           "year": 2019,
                     *           "amount": 533.33
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Household"];
                };
            };
            /** @description Bad input: `details` lists each bad field with its path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation-error";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthorized";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Valid caller outside its scope; nothing changed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "household-not-found";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Internal error; no internals are shown */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal-error";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description A backing service did not answer in time; nothing changed, retry after the given seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unavailable";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
        };
    };
    "arrears-flag": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example HH-SEC-mx40nu5ue2r0qg */
                householdId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "flagged": true,
                 *       "reason": "b"
                 *     }
                 */
                "application/json": components["schemas"]["ArrearsFlag"];
            };
        };
        responses: {
            /** @description The flag as stored */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "householdId": "HH-SEC-mx40nu5ue2r0qg",
                     *       "flagged": true,
                     *       "reason": "b",
                     *       "flaggedByHospital": "zlt-mongolian-chinese"
                     *     }
                     */
                    "application/json": components["schemas"]["ArrearsFlagRecord"];
                };
            };
            /** @description Bad input: `details` lists each bad field with its path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation-error" | "invalid-encoding";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthorized";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Valid caller outside its scope; nothing changed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Body over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "payload-too-large";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unsupported-media-type";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Internal error; no internals are shown */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal-error";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description A backing service did not answer in time; nothing changed, retry after the given seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unavailable";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
        };
    };
    "housing-case-list": {
        parameters: {
            query?: {
                /**
                 * @description Default: 50.
                 * @example 1
                 */
                limit?: number;
                /** @example AcRdHBm35kmcuPeaxai7cVPZIFSLxx-uB6kNuaafx_VWp2ABMYb8M5XGWDmHZPNhYXA0nrNirJu1dGYs1jXjo8ui7UVG2J2hiIC_kB_U6ypO02srhk9_1A4tCADDlN7mqcKARfnJdfG9OJpLBcSINXK2LzvPXlqaYT-VERvy4qHaDFuqU5CWu40iltim6M8dU5KfbYosQA */
                nextToken?: string;
                programme?: "R1" | "R2";
                status?: "applied" | "village-reviewed" | "village-noticed" | "township-reviewed" | "township-noticed" | "identity-checked" | "appraised" | "approved" | "agreement-signed" | "moved-out" | "under-construction" | "preliminary-accepted" | "final-accepted" | "paid" | "returned" | "refused" | "not-dangerous" | "subsidy-cancelled";
                /** @description Required for city-wide callers (400 otherwise); township staff get their own township's cases */
                township?: "chengjisihan" | "zhonghe" | "moguqi" | "dahewan" | "woniuhe" | "haduohe" | "chaihe" | "haoraoshan" | "wadi" | "nanmu" | "dawoer" | "samajie" | "gaotaizi" | "tiedong" | "hexi" | "xiangyang";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of cases */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "cases": [
                     *         {
                     *           "subsidy": {
                     *             "paid": 0,
                     *             "clause": "R1 四.(三); R2 四.(三)",
                     *             "rule": "subsidy.dGradeNewBuild",
                     *             "committed": 25232
                     *           },
                     *           "identityBasis": "registered-poor",
                     *           "householderId": "159999201410094218",
                     *           "stableExit": false,
                     *           "appliedGrade": "D",
                     *           "largeHousehold": false,
                     *           "photos": {
                     *             "accepted": {
                     *               "before": 0,
                     *               "after": 0,
                     *               "application": 0,
                     *               "householder": 0,
                     *               "identity-proof": 0,
                     *               "welfare-certificate": 0,
                     *               "income-proof": 0,
                     *               "appraisal-report": 0,
                     *               "approval": 0,
                     *               "agreement": 0
                     *             },
                     *             "rejected": 0,
                     *             "pending": 0
                     *           },
                     *           "householdId": "HH-HC-mx40l5gpdk59fz",
                     *           "mode": "self-build",
                     *           "plannedArea": 55,
                     *           "appliedOn": "2019-01-10",
                     *           "safetyNet": false,
                     *           "caseId": "HC-HH-HC-mx40l5gpdk59fz",
                     *           "identityPassedBy": [],
                     *           "village": "测试村",
                     *           "programme": "R1",
                     *           "lastEventOn": "2019-01-10",
                     *           "attestations": {
                     *             "agriculturalRegistration": {
                     *               "by": "村委会",
                     *               "on": "2019-01-01"
                     *             },
                     *             "housing": {
                     *               "by": "扶贫办",
                     *               "on": "2019-01-01"
                     *             },
                     *             "livesInVillage": {
                     *               "by": "村委会",
                     *               "on": "2019-01-01"
                     *             }
                     *           },
                     *           "inRelocationPlan": false,
                     *           "version": 1,
                     *           "policyId": "housing-2019",
                     *           "createdBy": {
                     *             "sub": "local-township-zhonghe",
                     *             "township": "zhonghe",
                     *             "role": "township"
                     *           },
                     *           "grade": "D",
                     *           "township": "zhonghe",
                     *           "status": "applied",
                     *           "next": {
                     *             "step": "village-review",
                     *             "roles": [
                     *               "township"
                     *             ],
                     *             "actions": [
                     *               {
                     *                 "type": "village-review",
                     *                 "roles": [
                     *                   "township"
                     *                 ]
                     *               },
                     *               {
                     *                 "type": "return",
                     *                 "roles": [
                     *                   "township"
                     *                 ]
                     *               },
                     *               {
                     *                 "type": "refuse",
                     *                 "roles": [
                     *                   "township"
                     *                 ]
                     *               }
                     *             ]
                     *           }
                     *         }
                     *       ],
                     *       "nextToken": "AcFI2YRNTA3Euu9YVUsPRh9cdZU2WtuN1hPdRIPnwfhgvgr7IGjajJP5hqVVk5vl7M1zK-UssBmf5D4CFsVmzqn6PmVtZ0Bmgc20wYe_wJfque9KaQjjMfBJ78Bs-5rIaJ0SqhzEkDH5HJOq3xRr5SuvvRvh1PTNIiWGSfR_zjIbH88PlTSNxjLIUz7RbokwBPBqtMuDuQ"
                     *     }
                     */
                    "application/json": components["schemas"]["HousingCasePage"];
                };
            };
            /** @description Bad input: `details` lists each bad field with its path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation-error" | "invalid-token";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthorized";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Valid caller outside its scope; nothing changed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Internal error; no internals are shown */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal-error";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description A backing service did not answer in time; nothing changed, retry after the given seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unavailable";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
        };
    };
    "housing-case-create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "programme": "R1",
                 *       "householdId": "HH-PG-mx40mq1noanhd",
                 *       "householderId": "159999198504200873",
                 *       "township": "zhonghe",
                 *       "village": "测试村",
                 *       "grade": "D",
                 *       "mode": "self-build",
                 *       "plannedArea": 55,
                 *       "attestations": {
                 *         "agriculturalRegistration": {
                 *           "by": "村委会",
                 *           "on": "2019-01-01"
                 *         },
                 *         "livesInVillage": {
                 *           "by": "村委会",
                 *           "on": "2019-01-01"
                 *         },
                 *         "housing": {
                 *           "by": "扶贫办",
                 *           "on": "2019-01-01"
                 *         }
                 *       },
                 *       "appliedOn": "2019-01-10"
                 *     }
                 */
                "application/json": components["schemas"]["HousingCaseRequest"];
            };
        };
        responses: {
            /** @description The same application posted again: the case file as stored */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HousingCaseFile"];
                };
            };
            /** @description Opened */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "caseId": "HC-HH-PG-mx40mq1noanhd",
                     *       "policyId": "housing-2019",
                     *       "programme": "R1",
                     *       "householdId": "HH-PG-mx40mq1noanhd",
                     *       "householderId": "159999198504200873",
                     *       "township": "zhonghe",
                     *       "village": "测试村",
                     *       "grade": "D",
                     *       "appliedGrade": "D",
                     *       "mode": "self-build",
                     *       "plannedArea": 55,
                     *       "largeHousehold": false,
                     *       "safetyNet": false,
                     *       "stableExit": false,
                     *       "identityBasis": "registered-poor",
                     *       "appliedOn": "2019-01-10",
                     *       "inRelocationPlan": false,
                     *       "status": "applied",
                     *       "version": 1,
                     *       "lastEventOn": "2019-01-10",
                     *       "identityPassedBy": [],
                     *       "subsidy": {
                     *         "committed": 25232,
                     *         "paid": 0,
                     *         "rule": "subsidy.dGradeNewBuild",
                     *         "clause": "R1 四.(三); R2 四.(三)"
                     *       },
                     *       "photos": {
                     *         "accepted": {
                     *           "before": 0,
                     *           "after": 0,
                     *           "application": 0,
                     *           "householder": 0,
                     *           "identity-proof": 0,
                     *           "welfare-certificate": 0,
                     *           "income-proof": 0,
                     *           "appraisal-report": 0,
                     *           "approval": 0,
                     *           "agreement": 0
                     *         },
                     *         "pending": 0,
                     *         "rejected": 0
                     *       },
                     *       "createdBy": {
                     *         "sub": "local-township-zhonghe",
                     *         "role": "township",
                     *         "township": "zhonghe"
                     *       },
                     *       "attestations": {
                     *         "agriculturalRegistration": {
                     *           "by": "村委会",
                     *           "on": "2019-01-01"
                     *         },
                     *         "livesInVillage": {
                     *           "by": "村委会",
                     *           "on": "2019-01-01"
                     *         },
                     *         "housing": {
                     *           "by": "扶贫办",
                     *           "on": "2019-01-01"
                     *         }
                     *       },
                     *       "next": {
                     *         "step": "village-review",
                     *         "roles": [
                     *           "township"
                     *         ],
                     *         "actions": [
                     *           {
                     *             "type": "village-review",
                     *             "roles": [
                     *               "township"
                     *             ]
                     *           },
                     *           {
                     *             "type": "return",
                     *             "roles": [
                     *               "township"
                     *             ]
                     *           },
                     *           {
                     *             "type": "refuse",
                     *             "roles": [
                     *               "township"
                     *             ]
                     *           }
                     *         ]
                     *       },
                     *       "documents": {
                     *         "complete": false,
                     *         "required": 9,
                     *         "present": 0,
                     *         "missing": [
                     *           "application",
                     *           "householder",
                     *           "identity-proof",
                     *           "income-proof",
                     *           "appraisal-report",
                     *           "approval",
                     *           "agreement",
                     *           "before",
                     *           "after"
                     *         ],
                     *         "overdue": [
                     *           "application",
                     *           "householder",
                     *           "identity-proof",
                     *           "income-proof",
                     *           "before"
                     *         ],
                     *         "items": [
                     *           {
                     *             "kind": "application",
                     *             "dueAfter": "applied",
                     *             "requiredAt": "final-acceptance",
                     *             "clause": "R1 七.(一), 九.(五); R2 六.(一), 八.(五)",
                     *             "present": false,
                     *             "due": true
                     *           },
                     *           {
                     *             "kind": "householder",
                     *             "dueAfter": "applied",
                     *             "requiredAt": "final-acceptance",
                     *             "clause": "R1 七.(一), 九.(五); R2 六.(一), 八.(五)",
                     *             "present": false,
                     *             "due": true
                     *           },
                     *           {
                     *             "kind": "identity-proof",
                     *             "dueAfter": "applied",
                     *             "requiredAt": "final-acceptance",
                     *             "clause": "R1 七.(一), 九.(五); R2 六.(一), 八.(五)",
                     *             "present": false,
                     *             "due": true
                     *           },
                     *           {
                     *             "kind": "income-proof",
                     *             "dueAfter": "applied",
                     *             "requiredAt": "final-acceptance",
                     *             "clause": "R1 七.(一)",
                     *             "present": false,
                     *             "due": true
                     *           },
                     *           {
                     *             "kind": "appraisal-report",
                     *             "dueAfter": "appraisal",
                     *             "requiredAt": "final-acceptance",
                     *             "clause": "R1 九.(三).2; R2 六.(四), 八.(三).2",
                     *             "present": false,
                     *             "due": false
                     *           },
                     *           {
                     *             "kind": "approval",
                     *             "dueAfter": "approval",
                     *             "requiredAt": "final-acceptance",
                     *             "clause": "R1 七.(四), 八.(三), 九.(五); R2 六.(四), 七.(三), 八.(五)",
                     *             "present": false,
                     *             "due": false
                     *           },
                     *           {
                     *             "kind": "agreement",
                     *             "dueAfter": "agreement",
                     *             "requiredAt": "final-acceptance",
                     *             "clause": "R1 九.(二), 九.(五); R2 八.(二), 八.(五)",
                     *             "present": false,
                     *             "due": false
                     *           },
                     *           {
                     *             "kind": "before",
                     *             "dueAfter": "applied",
                     *             "requiredAt": "final-acceptance",
                     *             "clause": "R1 七.(一), 九.(五); R2 六.(一), 八.(五)",
                     *             "present": false,
                     *             "due": true
                     *           },
                     *           {
                     *             "kind": "after",
                     *             "dueAfter": "preliminary-acceptance",
                     *             "requiredAt": "final-acceptance",
                     *             "clause": "R1 九.(五); R2 八.(五)",
                     *             "present": false,
                     *             "due": false
                     *           }
                     *         ]
                     *       },
                     *       "history": [
                     *         {
                     *           "caseId": "HC-HH-PG-mx40mq1noanhd",
                     *           "seq": 1,
                     *           "type": "applied",
                     *           "on": "2019-01-10",
                     *           "actor": {
                     *             "sub": "local-township-zhonghe",
                     *             "role": "township",
                     *             "township": "zhonghe"
                     *           },
                     *           "data": {
                     *             "programme": "R1",
                     *             "householdId": "HH-PG-mx40mq1noanhd",
                     *             "householderId": "159999198504200873",
                     *             "township": "zhonghe",
                     *             "village": "测试村",
                     *             "grade": "D",
                     *             "mode": "self-build",
                     *             "plannedArea": 55,
                     *             "appliedOn": "2019-01-10",
                     *             "attestations": {
                     *               "agriculturalRegistration": {
                     *                 "by": "村委会",
                     *                 "on": "2019-01-01"
                     *               },
                     *               "livesInVillage": {
                     *                 "by": "村委会",
                     *                 "on": "2019-01-01"
                     *               },
                     *               "housing": {
                     *                 "by": "扶贫办",
                     *                 "on": "2019-01-01"
                     *               }
                     *             },
                     *             "policyId": "housing-2019",
                     *             "identityBasis": "registered-poor",
                     *             "safetyNet": false,
                     *             "subsidy": 25232
                     *           },
                     *           "statusBefore": null,
                     *           "statusAfter": "applied"
                     *         }
                     *       ],
                     *       "photoList": []
                     *     }
                     */
                    "application/json": components["schemas"]["HousingCaseFile"];
                };
            };
            /** @description Bad input: `details` lists each bad field with its path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation-error" | "invalid-encoding";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthorized";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Valid caller outside its scope; nothing changed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "person-not-found";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Conflict with stored state or a rule; `code` names it */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "not-eligible" | "case-exists";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Body over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "payload-too-large";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unsupported-media-type";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Internal error; no internals are shown */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal-error";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description A backing service did not answer in time; nothing changed, retry after the given seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unavailable";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
        };
    };
    "housing-case-get": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example HC-HH-HC-mx40l7u4xjf6m */
                caseId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One household, one file: the case, its history and photos */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "subsidy": {
                     *         "paid": 0,
                     *         "clause": "R1 四.(三); R2 四.(三)",
                     *         "rule": "subsidy.dGradeNewBuild",
                     *         "committed": 25232
                     *       },
                     *       "identityBasis": "registered-poor",
                     *       "householderId": "159999196407258206",
                     *       "stableExit": false,
                     *       "appliedGrade": "D",
                     *       "largeHousehold": false,
                     *       "photos": {
                     *         "accepted": {
                     *           "before": 0,
                     *           "after": 0,
                     *           "application": 0,
                     *           "householder": 0,
                     *           "identity-proof": 0,
                     *           "welfare-certificate": 0,
                     *           "income-proof": 0,
                     *           "appraisal-report": 0,
                     *           "approval": 0,
                     *           "agreement": 0
                     *         },
                     *         "pending": 0,
                     *         "rejected": 0
                     *       },
                     *       "householdId": "HH-HC-mx40l7u4xjf6m",
                     *       "mode": "self-build",
                     *       "plannedArea": 55,
                     *       "appliedOn": "2019-01-10",
                     *       "safetyNet": false,
                     *       "caseId": "HC-HH-HC-mx40l7u4xjf6m",
                     *       "identityPassedBy": [],
                     *       "village": "测试村",
                     *       "programme": "R1",
                     *       "lastEventOn": "2019-01-15",
                     *       "attestations": {
                     *         "agriculturalRegistration": {
                     *           "by": "村委会",
                     *           "on": "2019-01-01"
                     *         },
                     *         "housing": {
                     *           "by": "扶贫办",
                     *           "on": "2019-01-01"
                     *         },
                     *         "livesInVillage": {
                     *           "by": "村委会",
                     *           "on": "2019-01-01"
                     *         }
                     *       },
                     *       "refusal": {
                     *         "evidence": "多次做工作仍拒绝改造,村委会记录",
                     *         "on": "2019-01-15"
                     *       },
                     *       "inRelocationPlan": false,
                     *       "version": 2,
                     *       "policyId": "housing-2019",
                     *       "createdBy": {
                     *         "sub": "local-township-zhonghe",
                     *         "township": "zhonghe",
                     *         "role": "township"
                     *       },
                     *       "grade": "D",
                     *       "township": "zhonghe",
                     *       "status": "refused",
                     *       "documents": {
                     *         "complete": false,
                     *         "required": 9,
                     *         "present": 0,
                     *         "missing": [
                     *           "application",
                     *           "householder",
                     *           "identity-proof",
                     *           "income-proof",
                     *           "appraisal-report",
                     *           "approval",
                     *           "agreement",
                     *           "before",
                     *           "after"
                     *         ],
                     *         "overdue": [
                     *           "application",
                     *           "householder",
                     *           "identity-proof",
                     *           "income-proof",
                     *           "before"
                     *         ],
                     *         "items": [
                     *           {
                     *             "kind": "application",
                     *             "dueAfter": "applied",
                     *             "requiredAt": "final-acceptance",
                     *             "clause": "R1 七.(一), 九.(五); R2 六.(一), 八.(五)",
                     *             "present": false,
                     *             "due": true
                     *           },
                     *           {
                     *             "kind": "householder",
                     *             "dueAfter": "applied",
                     *             "requiredAt": "final-acceptance",
                     *             "clause": "R1 七.(一), 九.(五); R2 六.(一), 八.(五)",
                     *             "present": false,
                     *             "due": true
                     *           },
                     *           {
                     *             "kind": "identity-proof",
                     *             "dueAfter": "applied",
                     *             "requiredAt": "final-acceptance",
                     *             "clause": "R1 七.(一), 九.(五); R2 六.(一), 八.(五)",
                     *             "present": false,
                     *             "due": true
                     *           },
                     *           {
                     *             "kind": "income-proof",
                     *             "dueAfter": "applied",
                     *             "requiredAt": "final-acceptance",
                     *             "clause": "R1 七.(一)",
                     *             "present": false,
                     *             "due": true
                     *           },
                     *           {
                     *             "kind": "appraisal-report",
                     *             "dueAfter": "appraisal",
                     *             "requiredAt": "final-acceptance",
                     *             "clause": "R1 九.(三).2; R2 六.(四), 八.(三).2",
                     *             "present": false,
                     *             "due": false
                     *           },
                     *           {
                     *             "kind": "approval",
                     *             "dueAfter": "approval",
                     *             "requiredAt": "final-acceptance",
                     *             "clause": "R1 七.(四), 八.(三), 九.(五); R2 六.(四), 七.(三), 八.(五)",
                     *             "present": false,
                     *             "due": false
                     *           },
                     *           {
                     *             "kind": "agreement",
                     *             "dueAfter": "agreement",
                     *             "requiredAt": "final-acceptance",
                     *             "clause": "R1 九.(二), 九.(五); R2 八.(二), 八.(五)",
                     *             "present": false,
                     *             "due": false
                     *           },
                     *           {
                     *             "kind": "before",
                     *             "dueAfter": "applied",
                     *             "requiredAt": "final-acceptance",
                     *             "clause": "R1 七.(一), 九.(五); R2 六.(一), 八.(五)",
                     *             "present": false,
                     *             "due": true
                     *           },
                     *           {
                     *             "kind": "after",
                     *             "dueAfter": "preliminary-acceptance",
                     *             "requiredAt": "final-acceptance",
                     *             "clause": "R1 九.(五); R2 八.(五)",
                     *             "present": false,
                     *             "due": false
                     *           }
                     *         ]
                     *       },
                     *       "history": [
                     *         {
                     *           "actor": {
                     *             "sub": "local-township-zhonghe",
                     *             "township": "zhonghe",
                     *             "role": "township"
                     *           },
                     *           "data": {
                     *             "subsidy": 25232,
                     *             "identityBasis": "registered-poor",
                     *             "attestations": {
                     *               "agriculturalRegistration": {
                     *                 "by": "村委会",
                     *                 "on": "2019-01-01"
                     *               },
                     *               "housing": {
                     *                 "by": "扶贫办",
                     *                 "on": "2019-01-01"
                     *               },
                     *               "livesInVillage": {
                     *                 "by": "村委会",
                     *                 "on": "2019-01-01"
                     *               }
                     *             },
                     *             "householderId": "159999196407258206",
                     *             "householdId": "HH-HC-mx40l7u4xjf6m",
                     *             "mode": "self-build",
                     *             "plannedArea": 55,
                     *             "appliedOn": "2019-01-10",
                     *             "policyId": "housing-2019",
                     *             "safetyNet": false,
                     *             "grade": "D",
                     *             "village": "测试村",
                     *             "programme": "R1",
                     *             "township": "zhonghe"
                     *           },
                     *           "caseId": "HC-HH-HC-mx40l7u4xjf6m",
                     *           "statusBefore": null,
                     *           "type": "applied",
                     *           "seq": 1,
                     *           "statusAfter": "applied",
                     *           "on": "2019-01-10"
                     *         },
                     *         {
                     *           "actor": {
                     *             "sub": "local-township-zhonghe",
                     *             "township": "zhonghe",
                     *             "role": "township"
                     *           },
                     *           "data": {
                     *             "evidence": "多次做工作仍拒绝改造,村委会记录"
                     *           },
                     *           "caseId": "HC-HH-HC-mx40l7u4xjf6m",
                     *           "statusBefore": "applied",
                     *           "type": "refuse",
                     *           "seq": 2,
                     *           "statusAfter": "refused",
                     *           "on": "2019-01-15"
                     *         }
                     *       ],
                     *       "photoList": []
                     *     }
                     */
                    "application/json": components["schemas"]["HousingCaseFile"];
                };
            };
            /** @description Bad input: `details` lists each bad field with its path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation-error";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthorized";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Valid caller outside its scope; nothing changed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "case-not-found";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Internal error; no internals are shown */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal-error";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description A backing service did not answer in time; nothing changed, retry after the given seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unavailable";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
        };
    };
    "housing-case-event": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example HC-HH-HC-mx40l7u4xjf6m */
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "type": "refuse",
                 *       "on": "2019-01-15",
                 *       "evidence": "多次做工作仍拒绝改造,村委会记录"
                 *     }
                 */
                "application/json": components["schemas"]["HousingEvent"];
            };
        };
        responses: {
            /** @description The same step posted again: the case and the entry as first recorded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HousingCaseAfterStep"];
                };
            };
            /** @description The case after the step */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "subsidy": {
                     *         "paid": 0,
                     *         "clause": "R1 四.(三); R2 四.(三)",
                     *         "rule": "subsidy.dGradeNewBuild",
                     *         "committed": 25232
                     *       },
                     *       "identityBasis": "registered-poor",
                     *       "householderId": "159999196407258206",
                     *       "stableExit": false,
                     *       "appliedGrade": "D",
                     *       "largeHousehold": false,
                     *       "photos": {
                     *         "accepted": {
                     *           "before": 0,
                     *           "after": 0,
                     *           "application": 0,
                     *           "householder": 0,
                     *           "identity-proof": 0,
                     *           "welfare-certificate": 0,
                     *           "income-proof": 0,
                     *           "appraisal-report": 0,
                     *           "approval": 0,
                     *           "agreement": 0
                     *         },
                     *         "pending": 0,
                     *         "rejected": 0
                     *       },
                     *       "householdId": "HH-HC-mx40l7u4xjf6m",
                     *       "mode": "self-build",
                     *       "plannedArea": 55,
                     *       "appliedOn": "2019-01-10",
                     *       "safetyNet": false,
                     *       "caseId": "HC-HH-HC-mx40l7u4xjf6m",
                     *       "identityPassedBy": [],
                     *       "village": "测试村",
                     *       "programme": "R1",
                     *       "lastEventOn": "2019-01-15",
                     *       "attestations": {
                     *         "agriculturalRegistration": {
                     *           "by": "村委会",
                     *           "on": "2019-01-01"
                     *         },
                     *         "housing": {
                     *           "by": "扶贫办",
                     *           "on": "2019-01-01"
                     *         },
                     *         "livesInVillage": {
                     *           "by": "村委会",
                     *           "on": "2019-01-01"
                     *         }
                     *       },
                     *       "inRelocationPlan": false,
                     *       "version": 2,
                     *       "policyId": "housing-2019",
                     *       "createdBy": {
                     *         "sub": "local-township-zhonghe",
                     *         "township": "zhonghe",
                     *         "role": "township"
                     *       },
                     *       "grade": "D",
                     *       "township": "zhonghe",
                     *       "status": "refused",
                     *       "refusal": {
                     *         "evidence": "多次做工作仍拒绝改造,村委会记录",
                     *         "on": "2019-01-15"
                     *       },
                     *       "documents": {
                     *         "complete": false,
                     *         "required": 9,
                     *         "present": 0,
                     *         "missing": [
                     *           "application",
                     *           "householder",
                     *           "identity-proof",
                     *           "income-proof",
                     *           "appraisal-report",
                     *           "approval",
                     *           "agreement",
                     *           "before",
                     *           "after"
                     *         ],
                     *         "overdue": [
                     *           "application",
                     *           "householder",
                     *           "identity-proof",
                     *           "income-proof",
                     *           "before"
                     *         ],
                     *         "items": [
                     *           {
                     *             "kind": "application",
                     *             "dueAfter": "applied",
                     *             "requiredAt": "final-acceptance",
                     *             "clause": "R1 七.(一), 九.(五); R2 六.(一), 八.(五)",
                     *             "present": false,
                     *             "due": true
                     *           },
                     *           {
                     *             "kind": "householder",
                     *             "dueAfter": "applied",
                     *             "requiredAt": "final-acceptance",
                     *             "clause": "R1 七.(一), 九.(五); R2 六.(一), 八.(五)",
                     *             "present": false,
                     *             "due": true
                     *           },
                     *           {
                     *             "kind": "identity-proof",
                     *             "dueAfter": "applied",
                     *             "requiredAt": "final-acceptance",
                     *             "clause": "R1 七.(一), 九.(五); R2 六.(一), 八.(五)",
                     *             "present": false,
                     *             "due": true
                     *           },
                     *           {
                     *             "kind": "income-proof",
                     *             "dueAfter": "applied",
                     *             "requiredAt": "final-acceptance",
                     *             "clause": "R1 七.(一)",
                     *             "present": false,
                     *             "due": true
                     *           },
                     *           {
                     *             "kind": "appraisal-report",
                     *             "dueAfter": "appraisal",
                     *             "requiredAt": "final-acceptance",
                     *             "clause": "R1 九.(三).2; R2 六.(四), 八.(三).2",
                     *             "present": false,
                     *             "due": false
                     *           },
                     *           {
                     *             "kind": "approval",
                     *             "dueAfter": "approval",
                     *             "requiredAt": "final-acceptance",
                     *             "clause": "R1 七.(四), 八.(三), 九.(五); R2 六.(四), 七.(三), 八.(五)",
                     *             "present": false,
                     *             "due": false
                     *           },
                     *           {
                     *             "kind": "agreement",
                     *             "dueAfter": "agreement",
                     *             "requiredAt": "final-acceptance",
                     *             "clause": "R1 九.(二), 九.(五); R2 八.(二), 八.(五)",
                     *             "present": false,
                     *             "due": false
                     *           },
                     *           {
                     *             "kind": "before",
                     *             "dueAfter": "applied",
                     *             "requiredAt": "final-acceptance",
                     *             "clause": "R1 七.(一), 九.(五); R2 六.(一), 八.(五)",
                     *             "present": false,
                     *             "due": true
                     *           },
                     *           {
                     *             "kind": "after",
                     *             "dueAfter": "preliminary-acceptance",
                     *             "requiredAt": "final-acceptance",
                     *             "clause": "R1 九.(五); R2 八.(五)",
                     *             "present": false,
                     *             "due": false
                     *           }
                     *         ]
                     *       },
                     *       "event": {
                     *         "caseId": "HC-HH-HC-mx40l7u4xjf6m",
                     *         "seq": 2,
                     *         "type": "refuse",
                     *         "on": "2019-01-15",
                     *         "actor": {
                     *           "sub": "local-township-zhonghe",
                     *           "role": "township",
                     *           "township": "zhonghe"
                     *         },
                     *         "data": {
                     *           "evidence": "多次做工作仍拒绝改造,村委会记录"
                     *         },
                     *         "statusBefore": "applied",
                     *         "statusAfter": "refused"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["HousingCaseAfterStep"];
                };
            };
            /** @description Bad input: `details` lists each bad field with its path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation-error" | "invalid-encoding";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthorized";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Valid caller outside its scope; nothing changed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "case-not-found";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Conflict with stored state or a rule; `code` names it */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "invalid-transition" | "concurrent-update";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Body over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "payload-too-large";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unsupported-media-type";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Internal error; no internals are shown */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal-error";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description A backing service did not answer in time; nothing changed, retry after the given seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unavailable";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
        };
    };
    "housing-photo-request": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example HC-HH-SP-mx40m7ay70kpjh */
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "kind": "before",
                 *       "contentType": "image/jpeg",
                 *       "size": 2097152
                 *     }
                 */
                "application/json": components["schemas"]["PhotoRequest"];
            };
        };
        responses: {
            /** @description A presigned POST for exactly this photo */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "photoId": "a68256fb-9997-4518-99ee-b0de56766f0e",
                     *       "upload": {
                     *         "url": "https://files.zlt.example.cn/zlt-local-files",
                     *         "fields": {
                     *           "Content-Type": "image/jpeg",
                     *           "bucket": "zlt-local-files",
                     *           "X-Amz-Algorithm": "AWS4-HMAC-SHA256",
                     *           "X-Amz-Credential": "S3RVER/20261201/cn-north-1/s3/aws4_request",
                     *           "X-Amz-Date": "20191201T012527Z",
                     *           "key": "housing/HC-HH-SP-mx40m7ay70kpjh/photos/a68256fb-9997-4518-99ee-b0de56766f0e",
                     *           "Policy": "eyJleHBpcmF0aW9uIjoiMjAyNi0xMi0wMVQwMToyNjo1OVoiLCJjb25kaXRpb25zIjpbeyJidWNrZXQiOiJ6bHQtbG9jYWwtZmlsZXMifSxbImVxIiwiJGtleSIsImhvdXNpbmcvSEMtSEgtU1AtbXg0MG03YXk3MGtwamgvcGhvdG9zL2E2ODI1NmZiLTk5OTctNDUxOC05OWVlLWIwZGU1Njc2NmYwZSJdLFsiZXEiLCIkQ29udGVudC1UeXBlIiwiaW1hZ2UvanBlZyJdLFsiY29udGVudC1sZW5ndGgtcmFuZ2UiLDEsMjA5NzE1Ml0seyJDb250ZW50LVR5cGUiOiJpbWFnZS9qcGVnIn0seyJYLUFtei1BbGdvcml0aG0iOiJBV1M0LUhNQUMtU0hBMjU2In0seyJYLUFtei1DcmVkZW50aWFsIjoiUzNSVkVSLzIwMjYxMjAxL2NuLW5vcnRoLTEvczMvYXdzNF9yZXF1ZXN0In0seyJYLUFtei1EYXRlIjoiMjAyNjEyMDFUMDEyNTI3WiJ9LHsia2V5IjoiaG91c2luZy9IQy1ISC1TUC1teDQwbTdheTcwa3BqaC9waG90b3MvYTY4MjU2ZmItOTk5Ny00NTE4LTk5ZWUtYjBkZTU2NzY2ZjBlIn1dfQ==",
                     *           "X-Amz-Signature": "de249faec7e4e4e61eee90971ebcfe22f7901fe20010bedda2d900187aa55d36"
                     *         }
                     *       },
                     *       "expiresAt": "2019-12-01T01:26:59.859Z"
                     *     }
                     */
                    "application/json": components["schemas"]["PhotoUpload"];
                };
            };
            /** @description Bad input: `details` lists each bad field with its path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation-error" | "invalid-encoding";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthorized";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Valid caller outside its scope; nothing changed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "case-not-found";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Body over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "payload-too-large";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unsupported-media-type";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Internal error; no internals are shown */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal-error";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description A backing service did not answer in time; nothing changed, retry after the given seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unavailable";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
        };
    };
    "housing-photo-get": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example HC-HH-SP-mx40m7126w6e5y */
                caseId: string;
                /** @example 9c4d9bb6-e96e-45b4-bae5-fea53b70ac8d */
                photoId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The check result; a short-lived link when accepted */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "accepted",
                     *       "kind": "before",
                     *       "url": "https://files.zlt.example.cn/zlt-local-files/evidence/housing/HC-HH-SP-mx40m7126w6e5y/9c4d9bb6-e96e-45b4-bae5-fea53b70ac8d/cadfd38c1b8c3517d42ea2c23c30130c55a52120d538b6c452e9a83aafb8c69a?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Content-Sha256=UNSIGNED-PAYLOAD&X-Amz-Credential=S3RVER%2F20261201%2Fcn-north-1%2Fs3%2Faws4_request&X-Amz-Date=20191201T012527Z&X-Amz-Expires=300&X-Amz-Signature=82ff143c7a766f2c36d1c6e3f874ff6d04c380987009549aa14d3c3a071ad16d&X-Amz-SignedHeaders=host&response-content-disposition=attachment%3B%20filename%3D%229c4d9bb6-e96e-45b4-bae5-fea53b70ac8d.jpg%22&response-content-type=image%2Fjpeg&x-id=GetObject"
                     *     }
                     */
                    "application/json": components["schemas"]["PhotoStatus"];
                };
            };
            /** @description Bad input: `details` lists each bad field with its path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation-error";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthorized";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Valid caller outside its scope; nothing changed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "case-not-found" | "photo-not-found";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Internal error; no internals are shown */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal-error";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description A backing service did not answer in time; nothing changed, retry after the given seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unavailable";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
        };
    };
    openapi: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description This document */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "openapi": "3.1.0",
                     *       "info": {
                     *         "title": "Zhalantun 2019 poverty-alleviation platform",
                     *         "version": "1.0.0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["OpenApiDocument"];
                };
            };
            /** @description Bad input: `details` lists each bad field with its path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation-error";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Internal error; no internals are shown */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal-error";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
        };
    };
    "persons-search": {
        parameters: {
            query: {
                /**
                 * @description Identity number, household id, or part of a name
                 * @example 成员乙
                 */
                q: string;
                /** @example zhonghe */
                township?: "chengjisihan" | "zhonghe" | "moguqi" | "dahewan" | "woniuhe" | "haduohe" | "chaihe" | "haoraoshan" | "wadi" | "nanmu" | "dawoer" | "samajie" | "gaotaizi" | "tiedong" | "hexi" | "xiangyang";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description At most 50 persons */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "persons": [
                     *         {
                     *           "personId": "159999195106036015",
                     *           "name": "成员乙",
                     *           "householdId": "HH-GL-mx40mbevca4xti",
                     *           "township": "zhonghe",
                     *           "village": "测试村",
                     *           "registeredFrom": "2016-01-01",
                     *           "insuredYears": [
                     *             2019
                     *           ],
                     *           "flags": [
                     *             {
                     *               "flag": "minimumLivingAllowance",
                     *               "name": "低保",
                     *               "value": true
                     *             }
                     *           ]
                     *         },
                     *         {
                     *           "personId": "159999199911120859",
                     *           "name": "成员乙",
                     *           "householdId": "HH-GL-mx40mcnxa9kha7",
                     *           "township": "zhonghe",
                     *           "village": "测试村",
                     *           "registeredFrom": "2016-01-01",
                     *           "insuredYears": [
                     *             2019
                     *           ],
                     *           "flags": [
                     *             {
                     *               "flag": "minimumLivingAllowance",
                     *               "name": "低保",
                     *               "value": true
                     *             }
                     *           ]
                     *         }
                     *       ],
                     *       "truncated": false
                     *     }
                     */
                    "application/json": {
                        persons: components["schemas"]["PersonView"][];
                        truncated: boolean;
                    };
                };
            };
            /** @description Bad input: `details` lists each bad field with its path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation-error";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthorized";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Valid caller outside its scope; nothing changed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Internal error; no internals are shown */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal-error";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description A backing service did not answer in time; nothing changed, retry after the given seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unavailable";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
        };
    };
    "person-get": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Resident identity number (GB 11643)
                 * @example 159999199911120859
                 */
                personId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The person, with who set each flag and when */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "personId": "159999199911120859",
                     *       "name": "成员乙",
                     *       "householdId": "HH-GL-mx40mcnxa9kha7",
                     *       "township": "zhonghe",
                     *       "village": "测试村",
                     *       "registeredFrom": "2016-01-01",
                     *       "insuredYears": [
                     *         2019
                     *       ],
                     *       "flags": [
                     *         {
                     *           "flag": "minimumLivingAllowance",
                     *           "name": "低保",
                     *           "value": true,
                     *           "setBy": {
                     *             "by": "civil-clerk-7",
                     *             "role": "civil-affairs",
                     *             "at": "2019-12-01T01:25:34.810Z",
                     *             "via": "load"
                     *           }
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["PersonView"];
                };
            };
            /** @description Bad input: `details` lists each bad field with its path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation-error";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthorized";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Valid caller outside its scope; nothing changed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "person-not-found";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Internal error; no internals are shown */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal-error";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description A backing service did not answer in time; nothing changed, retry after the given seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unavailable";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
        };
    };
    "chronic-certify": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Resident identity number (GB 11643)
                 * @example 159999197002094762
                 */
                personId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "disease": "diabetes",
                 *       "certifiedBy": "health-commission",
                 *       "from": "2019-04-01"
                 *     }
                 */
                "application/json": components["schemas"]["ChronicCertification"];
            };
        };
        responses: {
            /** @description The certification, stored */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "personId": "159999197002094762",
                     *       "disease": "diabetes",
                     *       "certifiedBy": "health-commission",
                     *       "from": "2019-04-01"
                     *     }
                     */
                    "application/json": components["schemas"]["ChronicCertificationRecord"];
                };
            };
            /** @description Bad input: `details` lists each bad field with its path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation-error" | "invalid-encoding";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthorized";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Valid caller outside its scope; nothing changed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "person-not-found";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Body over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "payload-too-large";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unsupported-media-type";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Internal error; no internals are shown */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal-error";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description A backing service did not answer in time; nothing changed, retry after the given seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unavailable";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
        };
    };
    "eligibility-get": {
        parameters: {
            query: {
                emergency?: "true" | "false";
                hospitalId?: string;
                /** @example 2019-04-01 */
                on: string;
            };
            header?: never;
            path: {
                /**
                 * @description Resident identity number (GB 11643)
                 * @example 159999197002094762
                 */
                personId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Registered-poor status and pay-after-treatment */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "personId": "159999197002094762",
                     *       "name": "测试甲",
                     *       "householdId": "HH-T-mx40m4if8rfahk",
                     *       "registeredPoor": true,
                     *       "payAfterTreatment": true,
                     *       "notPayAfterTreatmentBecause": [],
                     *       "chronicDiseases": [
                     *         {
                     *           "disease": "diabetes",
                     *           "certifiedBy": "health-commission",
                     *           "from": "2019-04-01"
                     *         }
                     *       ],
                     *       "hospitalId": "zlt-peoples",
                     *       "year": {
                     *         "year": 2019
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Eligibility"];
                };
            };
            /** @description Bad input: `details` lists each bad field with its path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation-error";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthorized";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Valid caller outside its scope; nothing changed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "person-not-found" | "hospital-not-found";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Internal error; no internals are shown */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal-error";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description A backing service did not answer in time; nothing changed, retry after the given seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unavailable";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
        };
    };
    "reconciliation-get": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 2019 */
                year: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Summary and per-person rows (identity masked) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "mode": "late",
                     *       "payers": {
                     *         "commercialInsurance": 5004.84
                     *       },
                     *       "persons": 2,
                     *       "policyId": "zhalantun-2019",
                     *       "reason": "医保局:补结算",
                     *       "recoverableTotal": 900,
                     *       "refundTotal": 5004.84,
                     *       "rows": [
                     *         {
                     *           "adjustment": 0,
                     *           "beyondDeductibles": 0,
                     *           "cap": 0,
                     *           "changes": "unchanged",
                     *           "due": 0,
                     *           "generalAdmissions": 0,
                     *           "highestLevel": null,
                     *           "otherBasis": "",
                     *           "otherCap": 0,
                     *           "otherDue": 0,
                     *           "otherHighestLevel": null,
                     *           "otherRefund": 0,
                     *           "paidBefore": 0,
                     *           "paidBeyondDeductibles": 0,
                     *           "personId": "159999********8069",
                     *           "recoverable": 0,
                     *           "refund": 0
                     *         },
                     *         {
                     *           "adjustment": 0,
                     *           "beyondDeductibles": 0,
                     *           "cap": 0,
                     *           "changes": "unchanged",
                     *           "due": 0,
                     *           "generalAdmissions": 0,
                     *           "highestLevel": null,
                     *           "otherBasis": "",
                     *           "otherCap": 0,
                     *           "otherDue": 0,
                     *           "otherHighestLevel": null,
                     *           "otherRefund": 0,
                     *           "paidBefore": 0,
                     *           "paidBeyondDeductibles": 0,
                     *           "personId": "159999********5236",
                     *           "recoverable": 0,
                     *           "refund": 0
                     *         },
                     *         {
                     *           "adjustment": 0,
                     *           "beyondDeductibles": 0,
                     *           "cap": 0,
                     *           "changes": "unchanged",
                     *           "due": 0,
                     *           "generalAdmissions": 0,
                     *           "highestLevel": null,
                     *           "otherBasis": "",
                     *           "otherCap": 0,
                     *           "otherDue": 0,
                     *           "otherHighestLevel": null,
                     *           "otherRefund": 0,
                     *           "paidBefore": 0,
                     *           "paidBeyondDeductibles": 0,
                     *           "personId": "159999********6963",
                     *           "recoverable": 0,
                     *           "refund": 0
                     *         },
                     *         {
                     *           "adjustment": 0,
                     *           "beyondDeductibles": 0,
                     *           "cap": 0,
                     *           "changes": "unchanged",
                     *           "due": 0,
                     *           "generalAdmissions": 0,
                     *           "highestLevel": null,
                     *           "otherBasis": "",
                     *           "otherCap": 0,
                     *           "otherDue": 0,
                     *           "otherHighestLevel": null,
                     *           "otherRefund": 0,
                     *           "paidBefore": 0,
                     *           "paidBeyondDeductibles": 0,
                     *           "personId": "159999********9294",
                     *           "recoverable": 0,
                     *           "refund": 0
                     *         },
                     *         {
                     *           "adjustment": -900,
                     *           "beyondDeductibles": 3865,
                     *           "cap": 2000,
                     *           "changes": "unchanged",
                     *           "due": 2186.5,
                     *           "generalAdmissions": 2,
                     *           "highestLevel": "county",
                     *           "otherBasis": "all-admissions",
                     *           "otherCap": 2000,
                     *           "otherDue": 2186.5,
                     *           "otherHighestLevel": "county",
                     *           "otherRefund": 900,
                     *           "paidBefore": 1800,
                     *           "paidBeyondDeductibles": 3086.5,
                     *           "personId": "159999********264X",
                     *           "recoverable": 900,
                     *           "refund": 900
                     *         },
                     *         {
                     *           "adjustment": 0,
                     *           "beyondDeductibles": 0,
                     *           "cap": 0,
                     *           "changes": "unchanged",
                     *           "due": 0,
                     *           "generalAdmissions": 0,
                     *           "highestLevel": null,
                     *           "otherBasis": "",
                     *           "otherCap": 0,
                     *           "otherDue": 0,
                     *           "otherHighestLevel": null,
                     *           "otherRefund": 0,
                     *           "paidBefore": 0,
                     *           "paidBeyondDeductibles": 0,
                     *           "personId": "159999********663X",
                     *           "recoverable": 0,
                     *           "refund": 0
                     *         },
                     *         {
                     *           "adjustment": 0,
                     *           "beyondDeductibles": 6560.93,
                     *           "cap": 2000,
                     *           "changes": "unchanged",
                     *           "due": 2456.09,
                     *           "generalAdmissions": 7,
                     *           "highestLevel": "county",
                     *           "otherBasis": "all-admissions",
                     *           "otherCap": 2000,
                     *           "otherDue": 2456.09,
                     *           "otherHighestLevel": "county",
                     *           "otherRefund": 4104.84,
                     *           "paidBefore": 4104.84,
                     *           "paidBeyondDeductibles": 6560.93,
                     *           "personId": "159999********9135",
                     *           "recoverable": 0,
                     *           "refund": 4104.84
                     *         }
                     *       ],
                     *       "year": 2019,
                     *       "revision": 5,
                     *       "reportKey": "reports/reconciliation/2019/r5/report.json",
                     *       "files": {
                     *         "json": "https://files.zlt.example.cn/zlt-local-files/reports/reconciliation/2019/r5/report.json?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Content-Sha256=UNSIGNED-PAYLOAD&X-Amz-Credential=S3RVER%2F20261201%2Fcn-north-1%2Fs3%2Faws4_request&X-Amz-Date=20191201T012230Z&X-Amz-Expires=300&X-Amz-Signature=c97f7d492fd13f12806a4e3cbf9290549af3acf1467149dc76021bf735a8fded&X-Amz-SignedHeaders=host&x-id=GetObject",
                     *         "csv": "https://files.zlt.example.cn/zlt-local-files/reports/reconciliation/2019/r5/report.csv?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Content-Sha256=UNSIGNED-PAYLOAD&X-Amz-Credential=S3RVER%2F20261201%2Fcn-north-1%2Fs3%2Faws4_request&X-Amz-Date=20191201T012230Z&X-Amz-Expires=300&X-Amz-Signature=cc6c03b4436df83b73ed8aaa5e76e653766513dd5c06e649eb7e77e5db57554d&X-Amz-SignedHeaders=host&x-id=GetObject"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Reconciliation"];
                };
            };
            /** @description Bad input: `details` lists each bad field with its path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation-error";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthorized";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Valid caller outside its scope; nothing changed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "reconciliation-not-found";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Internal error; no internals are shown */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal-error";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description A backing service did not answer in time; nothing changed, retry after the given seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unavailable";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
        };
    };
    "reconciliation-run": {
        parameters: {
            query?: {
                /** @example 医保局:补结算 */
                reason?: string;
            };
            header?: never;
            path: {
                /** @example 2019 */
                year: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The run: a preview before the year is over; pays only what earlier runs did not */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "year": 2019,
                     *       "mode": "late",
                     *       "reason": "医保局:补结算",
                     *       "persons": 2,
                     *       "refundTotal": 5004.84,
                     *       "paidThisRun": 0,
                     *       "recoverableThisRun": 0,
                     *       "changed": 0,
                     *       "reportKey": "reports/reconciliation/2019/r5/report.json",
                     *       "revision": 5
                     *     }
                     */
                    "application/json": components["schemas"]["ReconciliationRun"];
                };
            };
            /** @description Bad input: `details` lists each bad field with its path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation-error" | "no-policy" | "reason-required";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthorized";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Valid caller outside its scope; nothing changed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Internal error; no internals are shown */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal-error";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description A backing service did not answer in time; nothing changed, retry after the given seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unavailable";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
        };
    };
    "reference-diseases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Disease lists */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "diseases": [
                     *         {
                     *           "code": "esophageal-cancer",
                     *           "name": "食道癌",
                     *           "list": "major"
                     *         },
                     *         {
                     *           "code": "gastric-cancer",
                     *           "name": "胃癌",
                     *           "list": "major"
                     *         },
                     *         {
                     *           "code": "colon-cancer",
                     *           "name": "结肠癌",
                     *           "list": "major"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Diseases"];
                };
            };
            /** @description Bad input: `details` lists each bad field with its path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation-error";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthorized";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Valid caller outside its scope; nothing changed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Internal error; no internals are shown */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal-error";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
        };
    };
    "reference-townships": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Townships in reference order */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "townships": [
                     *         {
                     *           "code": "chengjisihan",
                     *           "name": "成吉思汗镇"
                     *         },
                     *         {
                     *           "code": "zhonghe",
                     *           "name": "中和镇"
                     *         },
                     *         {
                     *           "code": "moguqi",
                     *           "name": "蘑菇气镇"
                     *         },
                     *         {
                     *           "code": "dahewan",
                     *           "name": "大河湾镇"
                     *         },
                     *         {
                     *           "code": "woniuhe",
                     *           "name": "卧牛河镇"
                     *         },
                     *         {
                     *           "code": "haduohe",
                     *           "name": "哈多河镇"
                     *         },
                     *         {
                     *           "code": "chaihe",
                     *           "name": "柴河镇"
                     *         },
                     *         {
                     *           "code": "haoraoshan",
                     *           "name": "浩饶山镇"
                     *         },
                     *         {
                     *           "code": "wadi",
                     *           "name": "洼堤乡"
                     *         },
                     *         {
                     *           "code": "nanmu",
                     *           "name": "南木鄂伦春民族乡"
                     *         },
                     *         {
                     *           "code": "dawoer",
                     *           "name": "达斡尔民族乡"
                     *         },
                     *         {
                     *           "code": "samajie",
                     *           "name": "萨马街鄂温克民族乡"
                     *         },
                     *         {
                     *           "code": "gaotaizi",
                     *           "name": "高台子街道"
                     *         },
                     *         {
                     *           "code": "tiedong",
                     *           "name": "铁东街道"
                     *         },
                     *         {
                     *           "code": "hexi",
                     *           "name": "河西街道"
                     *         },
                     *         {
                     *           "code": "xiangyang",
                     *           "name": "向阳街道"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Townships"];
                };
            };
            /** @description Bad input: `details` lists each bad field with its path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation-error";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthorized";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Valid caller outside its scope; nothing changed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Internal error; no internals are shown */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal-error";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
        };
    };
    "reference-villages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Each township's registered villages */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "villages": [
                     *         {
                     *           "township": "wadi",
                     *           "villages": [
                     *             {
                     *               "name": "洼堤测试村1",
                     *               "code": "150783209001"
                     *             },
                     *             {
                     *               "name": "洼堤测试村2",
                     *               "code": "150783209002"
                     *             },
                     *             {
                     *               "name": "洼堤测试村3",
                     *               "code": "150783209003"
                     *             },
                     *             {
                     *               "name": "洼堤测试村4",
                     *               "code": "150783209004"
                     *             },
                     *             {
                     *               "name": "洼堤测试村5",
                     *               "code": "150783209005"
                     *             }
                     *           ]
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        villages: {
                            township: string;
                            villages: {
                                code: string;
                                name: string;
                            }[];
                        }[];
                    };
                };
            };
            /** @description Bad input: `details` lists each bad field with its path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation-error";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthorized";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Valid caller outside its scope; nothing changed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Internal error; no internals are shown */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal-error";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description A backing service did not answer in time; nothing changed, retry after the given seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unavailable";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
        };
    };
    "reference-villages-put": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example wadi */
                township: "chengjisihan" | "zhonghe" | "moguqi" | "dahewan" | "woniuhe" | "haduohe" | "chaihe" | "haoraoshan" | "wadi" | "nanmu" | "dawoer" | "samajie" | "gaotaizi" | "tiedong" | "hexi" | "xiangyang";
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "villages": [
                 *         {
                 *           "code": "150783209001",
                 *           "name": "洼堤测试村1"
                 *         },
                 *         {
                 *           "code": "150783209002",
                 *           "name": "洼堤测试村2"
                 *         },
                 *         {
                 *           "code": "150783209003",
                 *           "name": "洼堤测试村3"
                 *         },
                 *         {
                 *           "code": "150783209004",
                 *           "name": "洼堤测试村4"
                 *         },
                 *         {
                 *           "code": "150783209005",
                 *           "name": "洼堤测试村5"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["VillageList"];
            };
        };
        responses: {
            /** @description Stored */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "township": "wadi",
                     *       "villages": [
                     *         {
                     *           "code": "150783209001",
                     *           "name": "洼堤测试村1"
                     *         },
                     *         {
                     *           "code": "150783209002",
                     *           "name": "洼堤测试村2"
                     *         },
                     *         {
                     *           "code": "150783209003",
                     *           "name": "洼堤测试村3"
                     *         },
                     *         {
                     *           "code": "150783209004",
                     *           "name": "洼堤测试村4"
                     *         },
                     *         {
                     *           "code": "150783209005",
                     *           "name": "洼堤测试村5"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        township: string;
                        villages: {
                            code: string;
                            name: string;
                        }[];
                    };
                };
            };
            /** @description Bad input: `details` lists each bad field with its path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation-error" | "invalid-encoding";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthorized";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Valid caller outside its scope; nothing changed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Body over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "payload-too-large";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unsupported-media-type";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Internal error; no internals are shown */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal-error";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description A backing service did not answer in time; nothing changed, retry after the given seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unavailable";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
        };
    };
    "reports-health-get": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 2019-12 */
                month: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report with short-lived links to its files */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "claims": 4,
                     *       "hospitals": [
                     *         {
                     *           "basicInsurance": 680,
                     *           "claims": 1,
                     *           "commercialInsurance": 0,
                     *           "criticalIllnessInsurance": 0,
                     *           "financeDeliveryFee": 0,
                     *           "hospital": 0,
                     *           "hospitalId": "sec-formula-mx40mu0tafznyt",
                     *           "medicalAssistance": 0,
                     *           "name": "=HYPERLINK(\"http://evil.example/x\",\"点我\")",
                     *           "outOfCatalogueLimitPercent": 5,
                     *           "outOfCatalogueSharePercent": 0,
                     *           "overLimit": false,
                     *           "patient": 320,
                     *           "safetyNetFund": 0
                     *         },
                     *         {
                     *           "basicInsurance": 680,
                     *           "claims": 1,
                     *           "commercialInsurance": 0,
                     *           "criticalIllnessInsurance": 0,
                     *           "financeDeliveryFee": 0,
                     *           "hospital": 0,
                     *           "hospitalId": "sec-formula-mx40mussd6t1wu",
                     *           "medicalAssistance": 0,
                     *           "name": "+1+cmd|calc",
                     *           "outOfCatalogueLimitPercent": 5,
                     *           "outOfCatalogueSharePercent": 0,
                     *           "overLimit": false,
                     *           "patient": 320,
                     *           "safetyNetFund": 0
                     *         },
                     *         {
                     *           "basicInsurance": 680,
                     *           "claims": 1,
                     *           "commercialInsurance": 0,
                     *           "criticalIllnessInsurance": 0,
                     *           "financeDeliveryFee": 0,
                     *           "hospital": 0,
                     *           "hospitalId": "sec-formula-mx40muvdazc2hp",
                     *           "medicalAssistance": 0,
                     *           "name": "-2+3",
                     *           "outOfCatalogueLimitPercent": 5,
                     *           "outOfCatalogueSharePercent": 0,
                     *           "overLimit": false,
                     *           "patient": 320,
                     *           "safetyNetFund": 0
                     *         },
                     *         {
                     *           "basicInsurance": 680,
                     *           "claims": 1,
                     *           "commercialInsurance": 0,
                     *           "criticalIllnessInsurance": 0,
                     *           "financeDeliveryFee": 0,
                     *           "hospital": 0,
                     *           "hospitalId": "sec-formula-mx40muwigfgccj",
                     *           "medicalAssistance": 0,
                     *           "name": "@SUM(A1:A9)",
                     *           "outOfCatalogueLimitPercent": 5,
                     *           "outOfCatalogueSharePercent": 0,
                     *           "overLimit": false,
                     *           "patient": 320,
                     *           "safetyNetFund": 0
                     *         }
                     *       ],
                     *       "indicators": {
                     *         "belowPolicyRangeFloor": {
                     *           "claims": 4,
                     *           "clause": "H 三.(二).5.6)",
                     *           "floorPercent": 75,
                     *           "of": 4,
                     *           "percent": 100
                     *         },
                     *         "chronicEffectiveRatio": {
                     *           "claims": 0,
                     *           "clause": "H 三.(二).4",
                     *           "met": null,
                     *           "percent": null,
                     *           "targetPercent": 80
                     *         },
                     *         "criticalIllnessEffectiveRatio": {
                     *           "claims": 0,
                     *           "clause": "H 三.(二).5.5)",
                     *           "met": null,
                     *           "percent": null,
                     *           "targetPercent": 90
                     *         },
                     *         "inCountyAdmissions": {
                     *           "admissions": 4,
                     *           "clause": "H 三.(二).3",
                     *           "inCounty": 4,
                     *           "met": true,
                     *           "percent": 100,
                     *           "targetPercent": 90
                     *         },
                     *         "majorDiseaseEffectiveRatio": {
                     *           "claims": 0,
                     *           "clause": "H 三.(二).2",
                     *           "met": null,
                     *           "percent": null,
                     *           "targetPercent": 90
                     *         },
                     *         "paidAboveCapRule": {
                     *           "claims": 0,
                     *           "clause": "H 三.(二).5.5), 5.6) (docs/rules.md §3.2 step 7)",
                     *           "yuan": 0
                     *         },
                     *         "participation": {
                     *           "clause": "H 三.(二).1.1), 四.(七)",
                     *           "insured": 115,
                     *           "met": false,
                     *           "percent": 67.25,
                     *           "registered": 171,
                     *           "targetPercent": 100,
                     *           "uninsured": [
                     *             {
                     *               "householdId": "HH-RES-mx40meysehrv1f-31",
                     *               "name": "续**",
                     *               "personId": "159999********0071",
                     *               "township": "wadi",
                     *               "village": "洼堤测试村1"
                     *             },
                     *             {
                     *               "householdId": "HH-RES-mx40meysehrv1f-13",
                     *               "name": "续**",
                     *               "personId": "159999********0301",
                     *               "township": "wadi",
                     *               "village": "洼堤测试村1"
                     *             },
                     *             {
                     *               "householdId": "HH-RES-mx40meysehrv1f-21",
                     *               "name": "续**",
                     *               "personId": "159999********0475",
                     *               "township": "wadi",
                     *               "village": "洼堤测试村1"
                     *             }
                     *           ]
                     *         }
                     *       },
                     *       "month": "2019-12",
                     *       "payers": {
                     *         "basicInsurance": 2720,
                     *         "commercialInsurance": 0,
                     *         "criticalIllnessInsurance": 0,
                     *         "financeDeliveryFee": 0,
                     *         "hospital": 0,
                     *         "medicalAssistance": 0,
                     *         "patient": 1280,
                     *         "safetyNetFund": 0
                     *       },
                     *       "revision": 1,
                     *       "files": {
                     *         "json": "https://files.zlt.example.cn/zlt-local-files/reports/health/2019-12/r1/report.json?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Content-Sha256=UNSIGNED-PAYLOAD&X-Amz-Credential=S3RVER%2F20261201%2Fcn-north-1%2Fs3%2Faws4_request&X-Amz-Date=20191201T012559Z&X-Amz-Expires=300&X-Amz-Signature=3cfe4eb287541543e0372ae9709a773757475bd79969431e0cb6411ab689e436&X-Amz-SignedHeaders=host&x-id=GetObject",
                     *         "csv": "https://files.zlt.example.cn/zlt-local-files/reports/health/2019-12/r1/report.csv?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Content-Sha256=UNSIGNED-PAYLOAD&X-Amz-Credential=S3RVER%2F20261201%2Fcn-north-1%2Fs3%2Faws4_request&X-Amz-Date=20191201T012559Z&X-Amz-Expires=300&X-Amz-Signature=d2dbaa4d38eae10e51cb5f53a56750441524e2ea7ef17da47f4bdeaac45325fa&X-Amz-SignedHeaders=host&x-id=GetObject",
                     *         "xlsx": "https://files.zlt.example.cn/zlt-local-files/reports/health/2019-12/r1/report.xlsx?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Content-Sha256=UNSIGNED-PAYLOAD&X-Amz-Credential=S3RVER%2F20261201%2Fcn-north-1%2Fs3%2Faws4_request&X-Amz-Date=20191201T012559Z&X-Amz-Expires=300&X-Amz-Signature=c84e7ad45d90cac85c308ae565a652eff6c0322ce6e1466e9f88821d39f28530&X-Amz-SignedHeaders=host&x-id=GetObject"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["HealthReport"];
                };
            };
            /** @description Bad input: `details` lists each bad field with its path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation-error";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthorized";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Valid caller outside its scope; nothing changed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "report-not-found";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Internal error; no internals are shown */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal-error";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description A backing service did not answer in time; nothing changed, retry after the given seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unavailable";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
        };
    };
    "reports-health-run": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 2019-12 */
                month: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The month's health report, stored (the same figures again: same revision) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "month": "2019-12",
                     *       "revision": 1,
                     *       "unchanged": false,
                     *       "reportKey": "reports/health/2019-12/r1/report.json",
                     *       "claims": 4,
                     *       "indicators": {
                     *         "majorDiseaseEffectiveRatio": {
                     *           "percent": null,
                     *           "targetPercent": 90,
                     *           "met": null,
                     *           "claims": 0,
                     *           "clause": "H 三.(二).2"
                     *         },
                     *         "criticalIllnessEffectiveRatio": {
                     *           "percent": null,
                     *           "targetPercent": 90,
                     *           "met": null,
                     *           "claims": 0,
                     *           "clause": "H 三.(二).5.5)"
                     *         },
                     *         "chronicEffectiveRatio": {
                     *           "percent": null,
                     *           "targetPercent": 80,
                     *           "met": null,
                     *           "claims": 0,
                     *           "clause": "H 三.(二).4"
                     *         },
                     *         "belowPolicyRangeFloor": {
                     *           "claims": 4,
                     *           "of": 4,
                     *           "percent": 100,
                     *           "floorPercent": 75,
                     *           "clause": "H 三.(二).5.6)"
                     *         },
                     *         "paidAboveCapRule": {
                     *           "claims": 0,
                     *           "yuan": 0,
                     *           "clause": "H 三.(二).5.5), 5.6) (docs/rules.md §3.2 step 7)"
                     *         },
                     *         "inCountyAdmissions": {
                     *           "admissions": 4,
                     *           "inCounty": 4,
                     *           "percent": 100,
                     *           "targetPercent": 90,
                     *           "met": true,
                     *           "clause": "H 三.(二).3"
                     *         },
                     *         "participation": {
                     *           "registered": 171,
                     *           "insured": 115,
                     *           "percent": 67.25,
                     *           "targetPercent": 100,
                     *           "met": false,
                     *           "clause": "H 三.(二).1.1), 四.(七)",
                     *           "uninsured": [
                     *             {
                     *               "personId": "159999********0071",
                     *               "name": "续**",
                     *               "householdId": "HH-RES-mx40meysehrv1f-31",
                     *               "township": "wadi",
                     *               "village": "洼堤测试村1"
                     *             },
                     *             {
                     *               "personId": "159999********0301",
                     *               "name": "续**",
                     *               "householdId": "HH-RES-mx40meysehrv1f-13",
                     *               "township": "wadi",
                     *               "village": "洼堤测试村1"
                     *             },
                     *             {
                     *               "personId": "159999********0475",
                     *               "name": "续**",
                     *               "householdId": "HH-RES-mx40meysehrv1f-21",
                     *               "township": "wadi",
                     *               "village": "洼堤测试村1"
                     *             }
                     *           ]
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["HealthReportRun"];
                };
            };
            /** @description Bad input: `details` lists each bad field with its path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation-error";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthorized";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Valid caller outside its scope; nothing changed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Internal error; no internals are shown */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal-error";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description A backing service did not answer in time; nothing changed, retry after the given seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unavailable";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
        };
    };
    "reports-progress-list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Cut-offs with a report, newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "reports": [
                     *         {
                     *           "asOf": "2019-12-01"
                     *         },
                     *         {
                     *           "asOf": "2019-09-30"
                     *         },
                     *         {
                     *           "asOf": "2019-01-05"
                     *         },
                     *         {
                     *           "asOf": "2019-01-04"
                     *         },
                     *         {
                     *           "asOf": "2019-01-03"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ProgressReportList"];
                };
            };
            /** @description Bad input: `details` lists each bad field with its path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation-error";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthorized";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Valid caller outside its scope; nothing changed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Internal error; no internals are shown */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal-error";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description A backing service did not answer in time; nothing changed, retry after the given seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unavailable";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
        };
    };
    "reports-progress-run": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "asOf": "2019-01-03"
                 *     }
                 */
                "application/json": components["schemas"]["ProgressReportRequest"];
            };
        };
        responses: {
            /** @description The report for the cut-off, stored (the same figures again: the same revision) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "asOf": "2019-01-03",
                     *       "deadline": "2019-08-31",
                     *       "policyId": "housing-2019",
                     *       "programmes": [
                     *         {
                     *           "budget": {
                     *             "committed": 0,
                     *             "excludes": "no-house households (R1 三: 计划投资不含无房户)",
                     *             "noHouse": {
                     *               "committed": 0,
                     *               "households": 280,
                     *               "paid": 0
                     *             },
                     *             "paid": 0,
                     *             "planned": 6406400,
                     *             "remaining": 6406400
                     *           },
                     *           "name": "建档立卡危房改造",
                     *           "plan": {
                     *             "C": 265,
                     *             "D": 28,
                     *             "budget": 6406400,
                     *             "clause": "R1 三",
                     *             "no-house": 280
                     *           },
                     *           "programme": "R1",
                     *           "totals": {
                     *             "accepted": 0,
                     *             "acceptedWithDocuments": 0,
                     *             "acceptedWithPhotos": 0,
                     *             "cases": 4,
                     *             "documentsOverdue": {
                     *               "after": 0,
                     *               "agreement": 0,
                     *               "application": 4,
                     *               "appraisal-report": 0,
                     *               "approval": 0,
                     *               "before": 4,
                     *               "householder": 4,
                     *               "identity-proof": 4,
                     *               "income-proof": 4,
                     *               "welfare-certificate": 0
                     *             },
                     *             "filesBehind": 4,
                     *             "grades": {
                     *               "C": 0,
                     *               "D": 4,
                     *               "no-house": 0
                     *             },
                     *             "late": 0,
                     *             "noHouseSubsidyCommitted": 0,
                     *             "noHouseSubsidyPaid": 0,
                     *             "refusals": {
                     *               "count": 0,
                     *               "reasons": []
                     *             },
                     *             "returns": {
                     *               "count": 1,
                     *               "reasons": [
                     *                 {
                     *                   "count": 1,
                     *                   "reason": "申请材料不全",
                     *                   "step": "village-review"
                     *                 }
                     *               ]
                     *             },
                     *             "sales": {
                     *               "amountDue": 0,
                     *               "count": 0,
                     *               "early": 0
                     *             },
                     *             "stages": {
                     *               "agreement-signed": 0,
                     *               "applied": 2,
                     *               "appraised": 0,
                     *               "approved": 0,
                     *               "final-accepted": 0,
                     *               "identity-checked": 0,
                     *               "moved-out": 0,
                     *               "not-dangerous": 0,
                     *               "paid": 0,
                     *               "preliminary-accepted": 0,
                     *               "refused": 0,
                     *               "returned": 1,
                     *               "subsidy-cancelled": 0,
                     *               "township-noticed": 0,
                     *               "township-reviewed": 0,
                     *               "under-construction": 0,
                     *               "village-noticed": 0,
                     *               "village-reviewed": 1
                     *             },
                     *             "subsidyCommitted": 0,
                     *             "subsidyPaid": 0
                     *           }
                     *         },
                     *         {
                     *           "budget": {
                     *             "committed": 0,
                     *             "excludes": "nothing",
                     *             "noHouse": {
                     *               "committed": 0,
                     *               "households": 0,
                     *               "paid": 0
                     *             },
                     *             "paid": 0,
                     *             "planned": 3342000,
                     *             "remaining": 3342000
                     *           },
                     *           "name": "五保低保残疾人危房改造",
                     *           "plan": {
                     *             "budget": 3342000,
                     *             "clause": "R2 三",
                     *             "households": 123
                     *           },
                     *           "programme": "R2",
                     *           "totals": {
                     *             "accepted": 0,
                     *             "acceptedWithDocuments": 0,
                     *             "acceptedWithPhotos": 0,
                     *             "cases": 0,
                     *             "documentsOverdue": {
                     *               "after": 0,
                     *               "agreement": 0,
                     *               "application": 0,
                     *               "appraisal-report": 0,
                     *               "approval": 0,
                     *               "before": 0,
                     *               "householder": 0,
                     *               "identity-proof": 0,
                     *               "income-proof": 0,
                     *               "welfare-certificate": 0
                     *             },
                     *             "filesBehind": 0,
                     *             "grades": {
                     *               "C": 0,
                     *               "D": 0,
                     *               "no-house": 0
                     *             },
                     *             "late": 0,
                     *             "noHouseSubsidyCommitted": 0,
                     *             "noHouseSubsidyPaid": 0,
                     *             "refusals": {
                     *               "count": 0,
                     *               "reasons": []
                     *             },
                     *             "returns": {
                     *               "count": 0,
                     *               "reasons": []
                     *             },
                     *             "sales": {
                     *               "amountDue": 0,
                     *               "count": 0,
                     *               "early": 0
                     *             },
                     *             "stages": {
                     *               "agreement-signed": 0,
                     *               "applied": 0,
                     *               "appraised": 0,
                     *               "approved": 0,
                     *               "final-accepted": 0,
                     *               "identity-checked": 0,
                     *               "moved-out": 0,
                     *               "not-dangerous": 0,
                     *               "paid": 0,
                     *               "preliminary-accepted": 0,
                     *               "refused": 0,
                     *               "returned": 0,
                     *               "subsidy-cancelled": 0,
                     *               "township-noticed": 0,
                     *               "township-reviewed": 0,
                     *               "under-construction": 0,
                     *               "village-noticed": 0,
                     *               "village-reviewed": 0
                     *             },
                     *             "subsidyCommitted": 0,
                     *             "subsidyPaid": 0
                     *           }
                     *         }
                     *       ],
                     *       "townships": [
                     *         {
                     *           "R1": {
                     *             "accepted": 0,
                     *             "acceptedWithDocuments": 0,
                     *             "acceptedWithPhotos": 0,
                     *             "cases": 0,
                     *             "documentsOverdue": {
                     *               "after": 0,
                     *               "agreement": 0,
                     *               "application": 0,
                     *               "appraisal-report": 0,
                     *               "approval": 0,
                     *               "before": 0,
                     *               "householder": 0,
                     *               "identity-proof": 0,
                     *               "income-proof": 0,
                     *               "welfare-certificate": 0
                     *             },
                     *             "filesBehind": 0,
                     *             "grades": {
                     *               "C": 0,
                     *               "D": 0,
                     *               "no-house": 0
                     *             },
                     *             "late": 0,
                     *             "noHouseSubsidyCommitted": 0,
                     *             "noHouseSubsidyPaid": 0,
                     *             "refusals": {
                     *               "count": 0,
                     *               "reasons": []
                     *             },
                     *             "returns": {
                     *               "count": 0,
                     *               "reasons": []
                     *             },
                     *             "sales": {
                     *               "amountDue": 0,
                     *               "count": 0,
                     *               "early": 0
                     *             },
                     *             "stages": {
                     *               "agreement-signed": 0,
                     *               "applied": 0,
                     *               "appraised": 0,
                     *               "approved": 0,
                     *               "final-accepted": 0,
                     *               "identity-checked": 0,
                     *               "moved-out": 0,
                     *               "not-dangerous": 0,
                     *               "paid": 0,
                     *               "preliminary-accepted": 0,
                     *               "refused": 0,
                     *               "returned": 0,
                     *               "subsidy-cancelled": 0,
                     *               "township-noticed": 0,
                     *               "township-reviewed": 0,
                     *               "under-construction": 0,
                     *               "village-noticed": 0,
                     *               "village-reviewed": 0
                     *             },
                     *             "subsidyCommitted": 0,
                     *             "subsidyPaid": 0
                     *           },
                     *           "R2": {
                     *             "accepted": 0,
                     *             "acceptedWithDocuments": 0,
                     *             "acceptedWithPhotos": 0,
                     *             "cases": 0,
                     *             "documentsOverdue": {
                     *               "after": 0,
                     *               "agreement": 0,
                     *               "application": 0,
                     *               "appraisal-report": 0,
                     *               "approval": 0,
                     *               "before": 0,
                     *               "householder": 0,
                     *               "identity-proof": 0,
                     *               "income-proof": 0,
                     *               "welfare-certificate": 0
                     *             },
                     *             "filesBehind": 0,
                     *             "grades": {
                     *               "C": 0,
                     *               "D": 0,
                     *               "no-house": 0
                     *             },
                     *             "late": 0,
                     *             "noHouseSubsidyCommitted": 0,
                     *             "noHouseSubsidyPaid": 0,
                     *             "refusals": {
                     *               "count": 0,
                     *               "reasons": []
                     *             },
                     *             "returns": {
                     *               "count": 0,
                     *               "reasons": []
                     *             },
                     *             "sales": {
                     *               "amountDue": 0,
                     *               "count": 0,
                     *               "early": 0
                     *             },
                     *             "stages": {
                     *               "agreement-signed": 0,
                     *               "applied": 0,
                     *               "appraised": 0,
                     *               "approved": 0,
                     *               "final-accepted": 0,
                     *               "identity-checked": 0,
                     *               "moved-out": 0,
                     *               "not-dangerous": 0,
                     *               "paid": 0,
                     *               "preliminary-accepted": 0,
                     *               "refused": 0,
                     *               "returned": 0,
                     *               "subsidy-cancelled": 0,
                     *               "township-noticed": 0,
                     *               "township-reviewed": 0,
                     *               "under-construction": 0,
                     *               "village-noticed": 0,
                     *               "village-reviewed": 0
                     *             },
                     *             "subsidyCommitted": 0,
                     *             "subsidyPaid": 0
                     *           },
                     *           "name": "成吉思汗镇",
                     *           "township": "chengjisihan"
                     *         },
                     *         {
                     *           "R1": {
                     *             "accepted": 0,
                     *             "acceptedWithDocuments": 0,
                     *             "acceptedWithPhotos": 0,
                     *             "cases": 0,
                     *             "documentsOverdue": {
                     *               "after": 0,
                     *               "agreement": 0,
                     *               "application": 0,
                     *               "appraisal-report": 0,
                     *               "approval": 0,
                     *               "before": 0,
                     *               "householder": 0,
                     *               "identity-proof": 0,
                     *               "income-proof": 0,
                     *               "welfare-certificate": 0
                     *             },
                     *             "filesBehind": 0,
                     *             "grades": {
                     *               "C": 0,
                     *               "D": 0,
                     *               "no-house": 0
                     *             },
                     *             "late": 0,
                     *             "noHouseSubsidyCommitted": 0,
                     *             "noHouseSubsidyPaid": 0,
                     *             "refusals": {
                     *               "count": 0,
                     *               "reasons": []
                     *             },
                     *             "returns": {
                     *               "count": 0,
                     *               "reasons": []
                     *             },
                     *             "sales": {
                     *               "amountDue": 0,
                     *               "count": 0,
                     *               "early": 0
                     *             },
                     *             "stages": {
                     *               "agreement-signed": 0,
                     *               "applied": 0,
                     *               "appraised": 0,
                     *               "approved": 0,
                     *               "final-accepted": 0,
                     *               "identity-checked": 0,
                     *               "moved-out": 0,
                     *               "not-dangerous": 0,
                     *               "paid": 0,
                     *               "preliminary-accepted": 0,
                     *               "refused": 0,
                     *               "returned": 0,
                     *               "subsidy-cancelled": 0,
                     *               "township-noticed": 0,
                     *               "township-reviewed": 0,
                     *               "under-construction": 0,
                     *               "village-noticed": 0,
                     *               "village-reviewed": 0
                     *             },
                     *             "subsidyCommitted": 0,
                     *             "subsidyPaid": 0
                     *           },
                     *           "R2": {
                     *             "accepted": 0,
                     *             "acceptedWithDocuments": 0,
                     *             "acceptedWithPhotos": 0,
                     *             "cases": 0,
                     *             "documentsOverdue": {
                     *               "after": 0,
                     *               "agreement": 0,
                     *               "application": 0,
                     *               "appraisal-report": 0,
                     *               "approval": 0,
                     *               "before": 0,
                     *               "householder": 0,
                     *               "identity-proof": 0,
                     *               "income-proof": 0,
                     *               "welfare-certificate": 0
                     *             },
                     *             "filesBehind": 0,
                     *             "grades": {
                     *               "C": 0,
                     *               "D": 0,
                     *               "no-house": 0
                     *             },
                     *             "late": 0,
                     *             "noHouseSubsidyCommitted": 0,
                     *             "noHouseSubsidyPaid": 0,
                     *             "refusals": {
                     *               "count": 0,
                     *               "reasons": []
                     *             },
                     *             "returns": {
                     *               "count": 0,
                     *               "reasons": []
                     *             },
                     *             "sales": {
                     *               "amountDue": 0,
                     *               "count": 0,
                     *               "early": 0
                     *             },
                     *             "stages": {
                     *               "agreement-signed": 0,
                     *               "applied": 0,
                     *               "appraised": 0,
                     *               "approved": 0,
                     *               "final-accepted": 0,
                     *               "identity-checked": 0,
                     *               "moved-out": 0,
                     *               "not-dangerous": 0,
                     *               "paid": 0,
                     *               "preliminary-accepted": 0,
                     *               "refused": 0,
                     *               "returned": 0,
                     *               "subsidy-cancelled": 0,
                     *               "township-noticed": 0,
                     *               "township-reviewed": 0,
                     *               "under-construction": 0,
                     *               "village-noticed": 0,
                     *               "village-reviewed": 0
                     *             },
                     *             "subsidyCommitted": 0,
                     *             "subsidyPaid": 0
                     *           },
                     *           "name": "中和镇",
                     *           "township": "zhonghe"
                     *         },
                     *         {
                     *           "R1": {
                     *             "accepted": 0,
                     *             "acceptedWithDocuments": 0,
                     *             "acceptedWithPhotos": 0,
                     *             "cases": 0,
                     *             "documentsOverdue": {
                     *               "after": 0,
                     *               "agreement": 0,
                     *               "application": 0,
                     *               "appraisal-report": 0,
                     *               "approval": 0,
                     *               "before": 0,
                     *               "householder": 0,
                     *               "identity-proof": 0,
                     *               "income-proof": 0,
                     *               "welfare-certificate": 0
                     *             },
                     *             "filesBehind": 0,
                     *             "grades": {
                     *               "C": 0,
                     *               "D": 0,
                     *               "no-house": 0
                     *             },
                     *             "late": 0,
                     *             "noHouseSubsidyCommitted": 0,
                     *             "noHouseSubsidyPaid": 0,
                     *             "refusals": {
                     *               "count": 0,
                     *               "reasons": []
                     *             },
                     *             "returns": {
                     *               "count": 0,
                     *               "reasons": []
                     *             },
                     *             "sales": {
                     *               "amountDue": 0,
                     *               "count": 0,
                     *               "early": 0
                     *             },
                     *             "stages": {
                     *               "agreement-signed": 0,
                     *               "applied": 0,
                     *               "appraised": 0,
                     *               "approved": 0,
                     *               "final-accepted": 0,
                     *               "identity-checked": 0,
                     *               "moved-out": 0,
                     *               "not-dangerous": 0,
                     *               "paid": 0,
                     *               "preliminary-accepted": 0,
                     *               "refused": 0,
                     *               "returned": 0,
                     *               "subsidy-cancelled": 0,
                     *               "township-noticed": 0,
                     *               "township-reviewed": 0,
                     *               "under-construction": 0,
                     *               "village-noticed": 0,
                     *               "village-reviewed": 0
                     *             },
                     *             "subsidyCommitted": 0,
                     *             "subsidyPaid": 0
                     *           },
                     *           "R2": {
                     *             "accepted": 0,
                     *             "acceptedWithDocuments": 0,
                     *             "acceptedWithPhotos": 0,
                     *             "cases": 0,
                     *             "documentsOverdue": {
                     *               "after": 0,
                     *               "agreement": 0,
                     *               "application": 0,
                     *               "appraisal-report": 0,
                     *               "approval": 0,
                     *               "before": 0,
                     *               "householder": 0,
                     *               "identity-proof": 0,
                     *               "income-proof": 0,
                     *               "welfare-certificate": 0
                     *             },
                     *             "filesBehind": 0,
                     *             "grades": {
                     *               "C": 0,
                     *               "D": 0,
                     *               "no-house": 0
                     *             },
                     *             "late": 0,
                     *             "noHouseSubsidyCommitted": 0,
                     *             "noHouseSubsidyPaid": 0,
                     *             "refusals": {
                     *               "count": 0,
                     *               "reasons": []
                     *             },
                     *             "returns": {
                     *               "count": 0,
                     *               "reasons": []
                     *             },
                     *             "sales": {
                     *               "amountDue": 0,
                     *               "count": 0,
                     *               "early": 0
                     *             },
                     *             "stages": {
                     *               "agreement-signed": 0,
                     *               "applied": 0,
                     *               "appraised": 0,
                     *               "approved": 0,
                     *               "final-accepted": 0,
                     *               "identity-checked": 0,
                     *               "moved-out": 0,
                     *               "not-dangerous": 0,
                     *               "paid": 0,
                     *               "preliminary-accepted": 0,
                     *               "refused": 0,
                     *               "returned": 0,
                     *               "subsidy-cancelled": 0,
                     *               "township-noticed": 0,
                     *               "township-reviewed": 0,
                     *               "under-construction": 0,
                     *               "village-noticed": 0,
                     *               "village-reviewed": 0
                     *             },
                     *             "subsidyCommitted": 0,
                     *             "subsidyPaid": 0
                     *           },
                     *           "name": "蘑菇气镇",
                     *           "township": "moguqi"
                     *         },
                     *         {
                     *           "R1": {
                     *             "accepted": 0,
                     *             "acceptedWithDocuments": 0,
                     *             "acceptedWithPhotos": 0,
                     *             "cases": 0,
                     *             "documentsOverdue": {
                     *               "after": 0,
                     *               "agreement": 0,
                     *               "application": 0,
                     *               "appraisal-report": 0,
                     *               "approval": 0,
                     *               "before": 0,
                     *               "householder": 0,
                     *               "identity-proof": 0,
                     *               "income-proof": 0,
                     *               "welfare-certificate": 0
                     *             },
                     *             "filesBehind": 0,
                     *             "grades": {
                     *               "C": 0,
                     *               "D": 0,
                     *               "no-house": 0
                     *             },
                     *             "late": 0,
                     *             "noHouseSubsidyCommitted": 0,
                     *             "noHouseSubsidyPaid": 0,
                     *             "refusals": {
                     *               "count": 0,
                     *               "reasons": []
                     *             },
                     *             "returns": {
                     *               "count": 0,
                     *               "reasons": []
                     *             },
                     *             "sales": {
                     *               "amountDue": 0,
                     *               "count": 0,
                     *               "early": 0
                     *             },
                     *             "stages": {
                     *               "agreement-signed": 0,
                     *               "applied": 0,
                     *               "appraised": 0,
                     *               "approved": 0,
                     *               "final-accepted": 0,
                     *               "identity-checked": 0,
                     *               "moved-out": 0,
                     *               "not-dangerous": 0,
                     *               "paid": 0,
                     *               "preliminary-accepted": 0,
                     *               "refused": 0,
                     *               "returned": 0,
                     *               "subsidy-cancelled": 0,
                     *               "township-noticed": 0,
                     *               "township-reviewed": 0,
                     *               "under-construction": 0,
                     *               "village-noticed": 0,
                     *               "village-reviewed": 0
                     *             },
                     *             "subsidyCommitted": 0,
                     *             "subsidyPaid": 0
                     *           },
                     *           "R2": {
                     *             "accepted": 0,
                     *             "acceptedWithDocuments": 0,
                     *             "acceptedWithPhotos": 0,
                     *             "cases": 0,
                     *             "documentsOverdue": {
                     *               "after": 0,
                     *               "agreement": 0,
                     *               "application": 0,
                     *               "appraisal-report": 0,
                     *               "approval": 0,
                     *               "before": 0,
                     *               "householder": 0,
                     *               "identity-proof": 0,
                     *               "income-proof": 0,
                     *               "welfare-certificate": 0
                     *             },
                     *             "filesBehind": 0,
                     *             "grades": {
                     *               "C": 0,
                     *               "D": 0,
                     *               "no-house": 0
                     *             },
                     *             "late": 0,
                     *             "noHouseSubsidyCommitted": 0,
                     *             "noHouseSubsidyPaid": 0,
                     *             "refusals": {
                     *               "count": 0,
                     *               "reasons": []
                     *             },
                     *             "returns": {
                     *               "count": 0,
                     *               "reasons": []
                     *             },
                     *             "sales": {
                     *               "amountDue": 0,
                     *               "count": 0,
                     *               "early": 0
                     *             },
                     *             "stages": {
                     *               "agreement-signed": 0,
                     *               "applied": 0,
                     *               "appraised": 0,
                     *               "approved": 0,
                     *               "final-accepted": 0,
                     *               "identity-checked": 0,
                     *               "moved-out": 0,
                     *               "not-dangerous": 0,
                     *               "paid": 0,
                     *               "preliminary-accepted": 0,
                     *               "refused": 0,
                     *               "returned": 0,
                     *               "subsidy-cancelled": 0,
                     *               "township-noticed": 0,
                     *               "township-reviewed": 0,
                     *               "under-construction": 0,
                     *               "village-noticed": 0,
                     *               "village-reviewed": 0
                     *             },
                     *             "subsidyCommitted": 0,
                     *             "subsidyPaid": 0
                     *           },
                     *           "name": "大河湾镇",
                     *           "township": "dahewan"
                     *         },
                     *         {
                     *           "R1": {
                     *             "accepted": 0,
                     *             "acceptedWithDocuments": 0,
                     *             "acceptedWithPhotos": 0,
                     *             "cases": 0,
                     *             "documentsOverdue": {
                     *               "after": 0,
                     *               "agreement": 0,
                     *               "application": 0,
                     *               "appraisal-report": 0,
                     *               "approval": 0,
                     *               "before": 0,
                     *               "householder": 0,
                     *               "identity-proof": 0,
                     *               "income-proof": 0,
                     *               "welfare-certificate": 0
                     *             },
                     *             "filesBehind": 0,
                     *             "grades": {
                     *               "C": 0,
                     *               "D": 0,
                     *               "no-house": 0
                     *             },
                     *             "late": 0,
                     *             "noHouseSubsidyCommitted": 0,
                     *             "noHouseSubsidyPaid": 0,
                     *             "refusals": {
                     *               "count": 0,
                     *               "reasons": []
                     *             },
                     *             "returns": {
                     *               "count": 0,
                     *               "reasons": []
                     *             },
                     *             "sales": {
                     *               "amountDue": 0,
                     *               "count": 0,
                     *               "early": 0
                     *             },
                     *             "stages": {
                     *               "agreement-signed": 0,
                     *               "applied": 0,
                     *               "appraised": 0,
                     *               "approved": 0,
                     *               "final-accepted": 0,
                     *               "identity-checked": 0,
                     *               "moved-out": 0,
                     *               "not-dangerous": 0,
                     *               "paid": 0,
                     *               "preliminary-accepted": 0,
                     *               "refused": 0,
                     *               "returned": 0,
                     *               "subsidy-cancelled": 0,
                     *               "township-noticed": 0,
                     *               "township-reviewed": 0,
                     *               "under-construction": 0,
                     *               "village-noticed": 0,
                     *               "village-reviewed": 0
                     *             },
                     *             "subsidyCommitted": 0,
                     *             "subsidyPaid": 0
                     *           },
                     *           "R2": {
                     *             "accepted": 0,
                     *             "acceptedWithDocuments": 0,
                     *             "acceptedWithPhotos": 0,
                     *             "cases": 0,
                     *             "documentsOverdue": {
                     *               "after": 0,
                     *               "agreement": 0,
                     *               "application": 0,
                     *               "appraisal-report": 0,
                     *               "approval": 0,
                     *               "before": 0,
                     *               "householder": 0,
                     *               "identity-proof": 0,
                     *               "income-proof": 0,
                     *               "welfare-certificate": 0
                     *             },
                     *             "filesBehind": 0,
                     *             "grades": {
                     *               "C": 0,
                     *               "D": 0,
                     *               "no-house": 0
                     *             },
                     *             "late": 0,
                     *             "noHouseSubsidyCommitted": 0,
                     *             "noHouseSubsidyPaid": 0,
                     *             "refusals": {
                     *               "count": 0,
                     *               "reasons": []
                     *             },
                     *             "returns": {
                     *               "count": 0,
                     *               "reasons": []
                     *             },
                     *             "sales": {
                     *               "amountDue": 0,
                     *               "count": 0,
                     *               "early": 0
                     *             },
                     *             "stages": {
                     *               "agreement-signed": 0,
                     *               "applied": 0,
                     *               "appraised": 0,
                     *               "approved": 0,
                     *               "final-accepted": 0,
                     *               "identity-checked": 0,
                     *               "moved-out": 0,
                     *               "not-dangerous": 0,
                     *               "paid": 0,
                     *               "preliminary-accepted": 0,
                     *               "refused": 0,
                     *               "returned": 0,
                     *               "subsidy-cancelled": 0,
                     *               "township-noticed": 0,
                     *               "township-reviewed": 0,
                     *               "under-construction": 0,
                     *               "village-noticed": 0,
                     *               "village-reviewed": 0
                     *             },
                     *             "subsidyCommitted": 0,
                     *             "subsidyPaid": 0
                     *           },
                     *           "name": "卧牛河镇",
                     *           "township": "woniuhe"
                     *         },
                     *         {
                     *           "R1": {
                     *             "accepted": 0,
                     *             "acceptedWithDocuments": 0,
                     *             "acceptedWithPhotos": 0,
                     *             "cases": 0,
                     *             "documentsOverdue": {
                     *               "after": 0,
                     *               "agreement": 0,
                     *               "application": 0,
                     *               "appraisal-report": 0,
                     *               "approval": 0,
                     *               "before": 0,
                     *               "householder": 0,
                     *               "identity-proof": 0,
                     *               "income-proof": 0,
                     *               "welfare-certificate": 0
                     *             },
                     *             "filesBehind": 0,
                     *             "grades": {
                     *               "C": 0,
                     *               "D": 0,
                     *               "no-house": 0
                     *             },
                     *             "late": 0,
                     *             "noHouseSubsidyCommitted": 0,
                     *             "noHouseSubsidyPaid": 0,
                     *             "refusals": {
                     *               "count": 0,
                     *               "reasons": []
                     *             },
                     *             "returns": {
                     *               "count": 0,
                     *               "reasons": []
                     *             },
                     *             "sales": {
                     *               "amountDue": 0,
                     *               "count": 0,
                     *               "early": 0
                     *             },
                     *             "stages": {
                     *               "agreement-signed": 0,
                     *               "applied": 0,
                     *               "appraised": 0,
                     *               "approved": 0,
                     *               "final-accepted": 0,
                     *               "identity-checked": 0,
                     *               "moved-out": 0,
                     *               "not-dangerous": 0,
                     *               "paid": 0,
                     *               "preliminary-accepted": 0,
                     *               "refused": 0,
                     *               "returned": 0,
                     *               "subsidy-cancelled": 0,
                     *               "township-noticed": 0,
                     *               "township-reviewed": 0,
                     *               "under-construction": 0,
                     *               "village-noticed": 0,
                     *               "village-reviewed": 0
                     *             },
                     *             "subsidyCommitted": 0,
                     *             "subsidyPaid": 0
                     *           },
                     *           "R2": {
                     *             "accepted": 0,
                     *             "acceptedWithDocuments": 0,
                     *             "acceptedWithPhotos": 0,
                     *             "cases": 0,
                     *             "documentsOverdue": {
                     *               "after": 0,
                     *               "agreement": 0,
                     *               "application": 0,
                     *               "appraisal-report": 0,
                     *               "approval": 0,
                     *               "before": 0,
                     *               "householder": 0,
                     *               "identity-proof": 0,
                     *               "income-proof": 0,
                     *               "welfare-certificate": 0
                     *             },
                     *             "filesBehind": 0,
                     *             "grades": {
                     *               "C": 0,
                     *               "D": 0,
                     *               "no-house": 0
                     *             },
                     *             "late": 0,
                     *             "noHouseSubsidyCommitted": 0,
                     *             "noHouseSubsidyPaid": 0,
                     *             "refusals": {
                     *               "count": 0,
                     *               "reasons": []
                     *             },
                     *             "returns": {
                     *               "count": 0,
                     *               "reasons": []
                     *             },
                     *             "sales": {
                     *               "amountDue": 0,
                     *               "count": 0,
                     *               "early": 0
                     *             },
                     *             "stages": {
                     *               "agreement-signed": 0,
                     *               "applied": 0,
                     *               "appraised": 0,
                     *               "approved": 0,
                     *               "final-accepted": 0,
                     *               "identity-checked": 0,
                     *               "moved-out": 0,
                     *               "not-dangerous": 0,
                     *               "paid": 0,
                     *               "preliminary-accepted": 0,
                     *               "refused": 0,
                     *               "returned": 0,
                     *               "subsidy-cancelled": 0,
                     *               "township-noticed": 0,
                     *               "township-reviewed": 0,
                     *               "under-construction": 0,
                     *               "village-noticed": 0,
                     *               "village-reviewed": 0
                     *             },
                     *             "subsidyCommitted": 0,
                     *             "subsidyPaid": 0
                     *           },
                     *           "name": "哈多河镇",
                     *           "township": "haduohe"
                     *         },
                     *         {
                     *           "R1": {
                     *             "accepted": 0,
                     *             "acceptedWithDocuments": 0,
                     *             "acceptedWithPhotos": 0,
                     *             "cases": 0,
                     *             "documentsOverdue": {
                     *               "after": 0,
                     *               "agreement": 0,
                     *               "application": 0,
                     *               "appraisal-report": 0,
                     *               "approval": 0,
                     *               "before": 0,
                     *               "householder": 0,
                     *               "identity-proof": 0,
                     *               "income-proof": 0,
                     *               "welfare-certificate": 0
                     *             },
                     *             "filesBehind": 0,
                     *             "grades": {
                     *               "C": 0,
                     *               "D": 0,
                     *               "no-house": 0
                     *             },
                     *             "late": 0,
                     *             "noHouseSubsidyCommitted": 0,
                     *             "noHouseSubsidyPaid": 0,
                     *             "refusals": {
                     *               "count": 0,
                     *               "reasons": []
                     *             },
                     *             "returns": {
                     *               "count": 0,
                     *               "reasons": []
                     *             },
                     *             "sales": {
                     *               "amountDue": 0,
                     *               "count": 0,
                     *               "early": 0
                     *             },
                     *             "stages": {
                     *               "agreement-signed": 0,
                     *               "applied": 0,
                     *               "appraised": 0,
                     *               "approved": 0,
                     *               "final-accepted": 0,
                     *               "identity-checked": 0,
                     *               "moved-out": 0,
                     *               "not-dangerous": 0,
                     *               "paid": 0,
                     *               "preliminary-accepted": 0,
                     *               "refused": 0,
                     *               "returned": 0,
                     *               "subsidy-cancelled": 0,
                     *               "township-noticed": 0,
                     *               "township-reviewed": 0,
                     *               "under-construction": 0,
                     *               "village-noticed": 0,
                     *               "village-reviewed": 0
                     *             },
                     *             "subsidyCommitted": 0,
                     *             "subsidyPaid": 0
                     *           },
                     *           "R2": {
                     *             "accepted": 0,
                     *             "acceptedWithDocuments": 0,
                     *             "acceptedWithPhotos": 0,
                     *             "cases": 0,
                     *             "documentsOverdue": {
                     *               "after": 0,
                     *               "agreement": 0,
                     *               "application": 0,
                     *               "appraisal-report": 0,
                     *               "approval": 0,
                     *               "before": 0,
                     *               "householder": 0,
                     *               "identity-proof": 0,
                     *               "income-proof": 0,
                     *               "welfare-certificate": 0
                     *             },
                     *             "filesBehind": 0,
                     *             "grades": {
                     *               "C": 0,
                     *               "D": 0,
                     *               "no-house": 0
                     *             },
                     *             "late": 0,
                     *             "noHouseSubsidyCommitted": 0,
                     *             "noHouseSubsidyPaid": 0,
                     *             "refusals": {
                     *               "count": 0,
                     *               "reasons": []
                     *             },
                     *             "returns": {
                     *               "count": 0,
                     *               "reasons": []
                     *             },
                     *             "sales": {
                     *               "amountDue": 0,
                     *               "count": 0,
                     *               "early": 0
                     *             },
                     *             "stages": {
                     *               "agreement-signed": 0,
                     *               "applied": 0,
                     *               "appraised": 0,
                     *               "approved": 0,
                     *               "final-accepted": 0,
                     *               "identity-checked": 0,
                     *               "moved-out": 0,
                     *               "not-dangerous": 0,
                     *               "paid": 0,
                     *               "preliminary-accepted": 0,
                     *               "refused": 0,
                     *               "returned": 0,
                     *               "subsidy-cancelled": 0,
                     *               "township-noticed": 0,
                     *               "township-reviewed": 0,
                     *               "under-construction": 0,
                     *               "village-noticed": 0,
                     *               "village-reviewed": 0
                     *             },
                     *             "subsidyCommitted": 0,
                     *             "subsidyPaid": 0
                     *           },
                     *           "name": "柴河镇",
                     *           "township": "chaihe"
                     *         },
                     *         {
                     *           "R1": {
                     *             "accepted": 0,
                     *             "acceptedWithDocuments": 0,
                     *             "acceptedWithPhotos": 0,
                     *             "cases": 4,
                     *             "documentsOverdue": {
                     *               "after": 0,
                     *               "agreement": 0,
                     *               "application": 4,
                     *               "appraisal-report": 0,
                     *               "approval": 0,
                     *               "before": 4,
                     *               "householder": 4,
                     *               "identity-proof": 4,
                     *               "income-proof": 4,
                     *               "welfare-certificate": 0
                     *             },
                     *             "filesBehind": 4,
                     *             "grades": {
                     *               "C": 0,
                     *               "D": 4,
                     *               "no-house": 0
                     *             },
                     *             "late": 0,
                     *             "noHouseSubsidyCommitted": 0,
                     *             "noHouseSubsidyPaid": 0,
                     *             "refusals": {
                     *               "count": 0,
                     *               "reasons": []
                     *             },
                     *             "returns": {
                     *               "count": 1,
                     *               "reasons": [
                     *                 {
                     *                   "count": 1,
                     *                   "reason": "申请材料不全",
                     *                   "step": "village-review"
                     *                 }
                     *               ]
                     *             },
                     *             "sales": {
                     *               "amountDue": 0,
                     *               "count": 0,
                     *               "early": 0
                     *             },
                     *             "stages": {
                     *               "agreement-signed": 0,
                     *               "applied": 2,
                     *               "appraised": 0,
                     *               "approved": 0,
                     *               "final-accepted": 0,
                     *               "identity-checked": 0,
                     *               "moved-out": 0,
                     *               "not-dangerous": 0,
                     *               "paid": 0,
                     *               "preliminary-accepted": 0,
                     *               "refused": 0,
                     *               "returned": 1,
                     *               "subsidy-cancelled": 0,
                     *               "township-noticed": 0,
                     *               "township-reviewed": 0,
                     *               "under-construction": 0,
                     *               "village-noticed": 0,
                     *               "village-reviewed": 1
                     *             },
                     *             "subsidyCommitted": 0,
                     *             "subsidyPaid": 0
                     *           },
                     *           "R2": {
                     *             "accepted": 0,
                     *             "acceptedWithDocuments": 0,
                     *             "acceptedWithPhotos": 0,
                     *             "cases": 0,
                     *             "documentsOverdue": {
                     *               "after": 0,
                     *               "agreement": 0,
                     *               "application": 0,
                     *               "appraisal-report": 0,
                     *               "approval": 0,
                     *               "before": 0,
                     *               "householder": 0,
                     *               "identity-proof": 0,
                     *               "income-proof": 0,
                     *               "welfare-certificate": 0
                     *             },
                     *             "filesBehind": 0,
                     *             "grades": {
                     *               "C": 0,
                     *               "D": 0,
                     *               "no-house": 0
                     *             },
                     *             "late": 0,
                     *             "noHouseSubsidyCommitted": 0,
                     *             "noHouseSubsidyPaid": 0,
                     *             "refusals": {
                     *               "count": 0,
                     *               "reasons": []
                     *             },
                     *             "returns": {
                     *               "count": 0,
                     *               "reasons": []
                     *             },
                     *             "sales": {
                     *               "amountDue": 0,
                     *               "count": 0,
                     *               "early": 0
                     *             },
                     *             "stages": {
                     *               "agreement-signed": 0,
                     *               "applied": 0,
                     *               "appraised": 0,
                     *               "approved": 0,
                     *               "final-accepted": 0,
                     *               "identity-checked": 0,
                     *               "moved-out": 0,
                     *               "not-dangerous": 0,
                     *               "paid": 0,
                     *               "preliminary-accepted": 0,
                     *               "refused": 0,
                     *               "returned": 0,
                     *               "subsidy-cancelled": 0,
                     *               "township-noticed": 0,
                     *               "township-reviewed": 0,
                     *               "under-construction": 0,
                     *               "village-noticed": 0,
                     *               "village-reviewed": 0
                     *             },
                     *             "subsidyCommitted": 0,
                     *             "subsidyPaid": 0
                     *           },
                     *           "name": "浩饶山镇",
                     *           "township": "haoraoshan"
                     *         },
                     *         {
                     *           "R1": {
                     *             "accepted": 0,
                     *             "acceptedWithDocuments": 0,
                     *             "acceptedWithPhotos": 0,
                     *             "cases": 0,
                     *             "documentsOverdue": {
                     *               "after": 0,
                     *               "agreement": 0,
                     *               "application": 0,
                     *               "appraisal-report": 0,
                     *               "approval": 0,
                     *               "before": 0,
                     *               "householder": 0,
                     *               "identity-proof": 0,
                     *               "income-proof": 0,
                     *               "welfare-certificate": 0
                     *             },
                     *             "filesBehind": 0,
                     *             "grades": {
                     *               "C": 0,
                     *               "D": 0,
                     *               "no-house": 0
                     *             },
                     *             "late": 0,
                     *             "noHouseSubsidyCommitted": 0,
                     *             "noHouseSubsidyPaid": 0,
                     *             "refusals": {
                     *               "count": 0,
                     *               "reasons": []
                     *             },
                     *             "returns": {
                     *               "count": 0,
                     *               "reasons": []
                     *             },
                     *             "sales": {
                     *               "amountDue": 0,
                     *               "count": 0,
                     *               "early": 0
                     *             },
                     *             "stages": {
                     *               "agreement-signed": 0,
                     *               "applied": 0,
                     *               "appraised": 0,
                     *               "approved": 0,
                     *               "final-accepted": 0,
                     *               "identity-checked": 0,
                     *               "moved-out": 0,
                     *               "not-dangerous": 0,
                     *               "paid": 0,
                     *               "preliminary-accepted": 0,
                     *               "refused": 0,
                     *               "returned": 0,
                     *               "subsidy-cancelled": 0,
                     *               "township-noticed": 0,
                     *               "township-reviewed": 0,
                     *               "under-construction": 0,
                     *               "village-noticed": 0,
                     *               "village-reviewed": 0
                     *             },
                     *             "subsidyCommitted": 0,
                     *             "subsidyPaid": 0
                     *           },
                     *           "R2": {
                     *             "accepted": 0,
                     *             "acceptedWithDocuments": 0,
                     *             "acceptedWithPhotos": 0,
                     *             "cases": 0,
                     *             "documentsOverdue": {
                     *               "after": 0,
                     *               "agreement": 0,
                     *               "application": 0,
                     *               "appraisal-report": 0,
                     *               "approval": 0,
                     *               "before": 0,
                     *               "householder": 0,
                     *               "identity-proof": 0,
                     *               "income-proof": 0,
                     *               "welfare-certificate": 0
                     *             },
                     *             "filesBehind": 0,
                     *             "grades": {
                     *               "C": 0,
                     *               "D": 0,
                     *               "no-house": 0
                     *             },
                     *             "late": 0,
                     *             "noHouseSubsidyCommitted": 0,
                     *             "noHouseSubsidyPaid": 0,
                     *             "refusals": {
                     *               "count": 0,
                     *               "reasons": []
                     *             },
                     *             "returns": {
                     *               "count": 0,
                     *               "reasons": []
                     *             },
                     *             "sales": {
                     *               "amountDue": 0,
                     *               "count": 0,
                     *               "early": 0
                     *             },
                     *             "stages": {
                     *               "agreement-signed": 0,
                     *               "applied": 0,
                     *               "appraised": 0,
                     *               "approved": 0,
                     *               "final-accepted": 0,
                     *               "identity-checked": 0,
                     *               "moved-out": 0,
                     *               "not-dangerous": 0,
                     *               "paid": 0,
                     *               "preliminary-accepted": 0,
                     *               "refused": 0,
                     *               "returned": 0,
                     *               "subsidy-cancelled": 0,
                     *               "township-noticed": 0,
                     *               "township-reviewed": 0,
                     *               "under-construction": 0,
                     *               "village-noticed": 0,
                     *               "village-reviewed": 0
                     *             },
                     *             "subsidyCommitted": 0,
                     *             "subsidyPaid": 0
                     *           },
                     *           "name": "洼堤乡",
                     *           "township": "wadi"
                     *         },
                     *         {
                     *           "R1": {
                     *             "accepted": 0,
                     *             "acceptedWithDocuments": 0,
                     *             "acceptedWithPhotos": 0,
                     *             "cases": 0,
                     *             "documentsOverdue": {
                     *               "after": 0,
                     *               "agreement": 0,
                     *               "application": 0,
                     *               "appraisal-report": 0,
                     *               "approval": 0,
                     *               "before": 0,
                     *               "householder": 0,
                     *               "identity-proof": 0,
                     *               "income-proof": 0,
                     *               "welfare-certificate": 0
                     *             },
                     *             "filesBehind": 0,
                     *             "grades": {
                     *               "C": 0,
                     *               "D": 0,
                     *               "no-house": 0
                     *             },
                     *             "late": 0,
                     *             "noHouseSubsidyCommitted": 0,
                     *             "noHouseSubsidyPaid": 0,
                     *             "refusals": {
                     *               "count": 0,
                     *               "reasons": []
                     *             },
                     *             "returns": {
                     *               "count": 0,
                     *               "reasons": []
                     *             },
                     *             "sales": {
                     *               "amountDue": 0,
                     *               "count": 0,
                     *               "early": 0
                     *             },
                     *             "stages": {
                     *               "agreement-signed": 0,
                     *               "applied": 0,
                     *               "appraised": 0,
                     *               "approved": 0,
                     *               "final-accepted": 0,
                     *               "identity-checked": 0,
                     *               "moved-out": 0,
                     *               "not-dangerous": 0,
                     *               "paid": 0,
                     *               "preliminary-accepted": 0,
                     *               "refused": 0,
                     *               "returned": 0,
                     *               "subsidy-cancelled": 0,
                     *               "township-noticed": 0,
                     *               "township-reviewed": 0,
                     *               "under-construction": 0,
                     *               "village-noticed": 0,
                     *               "village-reviewed": 0
                     *             },
                     *             "subsidyCommitted": 0,
                     *             "subsidyPaid": 0
                     *           },
                     *           "R2": {
                     *             "accepted": 0,
                     *             "acceptedWithDocuments": 0,
                     *             "acceptedWithPhotos": 0,
                     *             "cases": 0,
                     *             "documentsOverdue": {
                     *               "after": 0,
                     *               "agreement": 0,
                     *               "application": 0,
                     *               "appraisal-report": 0,
                     *               "approval": 0,
                     *               "before": 0,
                     *               "householder": 0,
                     *               "identity-proof": 0,
                     *               "income-proof": 0,
                     *               "welfare-certificate": 0
                     *             },
                     *             "filesBehind": 0,
                     *             "grades": {
                     *               "C": 0,
                     *               "D": 0,
                     *               "no-house": 0
                     *             },
                     *             "late": 0,
                     *             "noHouseSubsidyCommitted": 0,
                     *             "noHouseSubsidyPaid": 0,
                     *             "refusals": {
                     *               "count": 0,
                     *               "reasons": []
                     *             },
                     *             "returns": {
                     *               "count": 0,
                     *               "reasons": []
                     *             },
                     *             "sales": {
                     *               "amountDue": 0,
                     *               "count": 0,
                     *               "early": 0
                     *             },
                     *             "stages": {
                     *               "agreement-signed": 0,
                     *               "applied": 0,
                     *               "appraised": 0,
                     *               "approved": 0,
                     *               "final-accepted": 0,
                     *               "identity-checked": 0,
                     *               "moved-out": 0,
                     *               "not-dangerous": 0,
                     *               "paid": 0,
                     *               "preliminary-accepted": 0,
                     *               "refused": 0,
                     *               "returned": 0,
                     *               "subsidy-cancelled": 0,
                     *               "township-noticed": 0,
                     *               "township-reviewed": 0,
                     *               "under-construction": 0,
                     *               "village-noticed": 0,
                     *               "village-reviewed": 0
                     *             },
                     *             "subsidyCommitted": 0,
                     *             "subsidyPaid": 0
                     *           },
                     *           "name": "南木鄂伦春民族乡",
                     *           "township": "nanmu"
                     *         },
                     *         {
                     *           "R1": {
                     *             "accepted": 0,
                     *             "acceptedWithDocuments": 0,
                     *             "acceptedWithPhotos": 0,
                     *             "cases": 0,
                     *             "documentsOverdue": {
                     *               "after": 0,
                     *               "agreement": 0,
                     *               "application": 0,
                     *               "appraisal-report": 0,
                     *               "approval": 0,
                     *               "before": 0,
                     *               "householder": 0,
                     *               "identity-proof": 0,
                     *               "income-proof": 0,
                     *               "welfare-certificate": 0
                     *             },
                     *             "filesBehind": 0,
                     *             "grades": {
                     *               "C": 0,
                     *               "D": 0,
                     *               "no-house": 0
                     *             },
                     *             "late": 0,
                     *             "noHouseSubsidyCommitted": 0,
                     *             "noHouseSubsidyPaid": 0,
                     *             "refusals": {
                     *               "count": 0,
                     *               "reasons": []
                     *             },
                     *             "returns": {
                     *               "count": 0,
                     *               "reasons": []
                     *             },
                     *             "sales": {
                     *               "amountDue": 0,
                     *               "count": 0,
                     *               "early": 0
                     *             },
                     *             "stages": {
                     *               "agreement-signed": 0,
                     *               "applied": 0,
                     *               "appraised": 0,
                     *               "approved": 0,
                     *               "final-accepted": 0,
                     *               "identity-checked": 0,
                     *               "moved-out": 0,
                     *               "not-dangerous": 0,
                     *               "paid": 0,
                     *               "preliminary-accepted": 0,
                     *               "refused": 0,
                     *               "returned": 0,
                     *               "subsidy-cancelled": 0,
                     *               "township-noticed": 0,
                     *               "township-reviewed": 0,
                     *               "under-construction": 0,
                     *               "village-noticed": 0,
                     *               "village-reviewed": 0
                     *             },
                     *             "subsidyCommitted": 0,
                     *             "subsidyPaid": 0
                     *           },
                     *           "R2": {
                     *             "accepted": 0,
                     *             "acceptedWithDocuments": 0,
                     *             "acceptedWithPhotos": 0,
                     *             "cases": 0,
                     *             "documentsOverdue": {
                     *               "after": 0,
                     *               "agreement": 0,
                     *               "application": 0,
                     *               "appraisal-report": 0,
                     *               "approval": 0,
                     *               "before": 0,
                     *               "householder": 0,
                     *               "identity-proof": 0,
                     *               "income-proof": 0,
                     *               "welfare-certificate": 0
                     *             },
                     *             "filesBehind": 0,
                     *             "grades": {
                     *               "C": 0,
                     *               "D": 0,
                     *               "no-house": 0
                     *             },
                     *             "late": 0,
                     *             "noHouseSubsidyCommitted": 0,
                     *             "noHouseSubsidyPaid": 0,
                     *             "refusals": {
                     *               "count": 0,
                     *               "reasons": []
                     *             },
                     *             "returns": {
                     *               "count": 0,
                     *               "reasons": []
                     *             },
                     *             "sales": {
                     *               "amountDue": 0,
                     *               "count": 0,
                     *               "early": 0
                     *             },
                     *             "stages": {
                     *               "agreement-signed": 0,
                     *               "applied": 0,
                     *               "appraised": 0,
                     *               "approved": 0,
                     *               "final-accepted": 0,
                     *               "identity-checked": 0,
                     *               "moved-out": 0,
                     *               "not-dangerous": 0,
                     *               "paid": 0,
                     *               "preliminary-accepted": 0,
                     *               "refused": 0,
                     *               "returned": 0,
                     *               "subsidy-cancelled": 0,
                     *               "township-noticed": 0,
                     *               "township-reviewed": 0,
                     *               "under-construction": 0,
                     *               "village-noticed": 0,
                     *               "village-reviewed": 0
                     *             },
                     *             "subsidyCommitted": 0,
                     *             "subsidyPaid": 0
                     *           },
                     *           "name": "达斡尔民族乡",
                     *           "township": "dawoer"
                     *         },
                     *         {
                     *           "R1": {
                     *             "accepted": 0,
                     *             "acceptedWithDocuments": 0,
                     *             "acceptedWithPhotos": 0,
                     *             "cases": 0,
                     *             "documentsOverdue": {
                     *               "after": 0,
                     *               "agreement": 0,
                     *               "application": 0,
                     *               "appraisal-report": 0,
                     *               "approval": 0,
                     *               "before": 0,
                     *               "householder": 0,
                     *               "identity-proof": 0,
                     *               "income-proof": 0,
                     *               "welfare-certificate": 0
                     *             },
                     *             "filesBehind": 0,
                     *             "grades": {
                     *               "C": 0,
                     *               "D": 0,
                     *               "no-house": 0
                     *             },
                     *             "late": 0,
                     *             "noHouseSubsidyCommitted": 0,
                     *             "noHouseSubsidyPaid": 0,
                     *             "refusals": {
                     *               "count": 0,
                     *               "reasons": []
                     *             },
                     *             "returns": {
                     *               "count": 0,
                     *               "reasons": []
                     *             },
                     *             "sales": {
                     *               "amountDue": 0,
                     *               "count": 0,
                     *               "early": 0
                     *             },
                     *             "stages": {
                     *               "agreement-signed": 0,
                     *               "applied": 0,
                     *               "appraised": 0,
                     *               "approved": 0,
                     *               "final-accepted": 0,
                     *               "identity-checked": 0,
                     *               "moved-out": 0,
                     *               "not-dangerous": 0,
                     *               "paid": 0,
                     *               "preliminary-accepted": 0,
                     *               "refused": 0,
                     *               "returned": 0,
                     *               "subsidy-cancelled": 0,
                     *               "township-noticed": 0,
                     *               "township-reviewed": 0,
                     *               "under-construction": 0,
                     *               "village-noticed": 0,
                     *               "village-reviewed": 0
                     *             },
                     *             "subsidyCommitted": 0,
                     *             "subsidyPaid": 0
                     *           },
                     *           "R2": {
                     *             "accepted": 0,
                     *             "acceptedWithDocuments": 0,
                     *             "acceptedWithPhotos": 0,
                     *             "cases": 0,
                     *             "documentsOverdue": {
                     *               "after": 0,
                     *               "agreement": 0,
                     *               "application": 0,
                     *               "appraisal-report": 0,
                     *               "approval": 0,
                     *               "before": 0,
                     *               "householder": 0,
                     *               "identity-proof": 0,
                     *               "income-proof": 0,
                     *               "welfare-certificate": 0
                     *             },
                     *             "filesBehind": 0,
                     *             "grades": {
                     *               "C": 0,
                     *               "D": 0,
                     *               "no-house": 0
                     *             },
                     *             "late": 0,
                     *             "noHouseSubsidyCommitted": 0,
                     *             "noHouseSubsidyPaid": 0,
                     *             "refusals": {
                     *               "count": 0,
                     *               "reasons": []
                     *             },
                     *             "returns": {
                     *               "count": 0,
                     *               "reasons": []
                     *             },
                     *             "sales": {
                     *               "amountDue": 0,
                     *               "count": 0,
                     *               "early": 0
                     *             },
                     *             "stages": {
                     *               "agreement-signed": 0,
                     *               "applied": 0,
                     *               "appraised": 0,
                     *               "approved": 0,
                     *               "final-accepted": 0,
                     *               "identity-checked": 0,
                     *               "moved-out": 0,
                     *               "not-dangerous": 0,
                     *               "paid": 0,
                     *               "preliminary-accepted": 0,
                     *               "refused": 0,
                     *               "returned": 0,
                     *               "subsidy-cancelled": 0,
                     *               "township-noticed": 0,
                     *               "township-reviewed": 0,
                     *               "under-construction": 0,
                     *               "village-noticed": 0,
                     *               "village-reviewed": 0
                     *             },
                     *             "subsidyCommitted": 0,
                     *             "subsidyPaid": 0
                     *           },
                     *           "name": "萨马街鄂温克民族乡",
                     *           "township": "samajie"
                     *         },
                     *         {
                     *           "R1": {
                     *             "accepted": 0,
                     *             "acceptedWithDocuments": 0,
                     *             "acceptedWithPhotos": 0,
                     *             "cases": 0,
                     *             "documentsOverdue": {
                     *               "after": 0,
                     *               "agreement": 0,
                     *               "application": 0,
                     *               "appraisal-report": 0,
                     *               "approval": 0,
                     *               "before": 0,
                     *               "householder": 0,
                     *               "identity-proof": 0,
                     *               "income-proof": 0,
                     *               "welfare-certificate": 0
                     *             },
                     *             "filesBehind": 0,
                     *             "grades": {
                     *               "C": 0,
                     *               "D": 0,
                     *               "no-house": 0
                     *             },
                     *             "late": 0,
                     *             "noHouseSubsidyCommitted": 0,
                     *             "noHouseSubsidyPaid": 0,
                     *             "refusals": {
                     *               "count": 0,
                     *               "reasons": []
                     *             },
                     *             "returns": {
                     *               "count": 0,
                     *               "reasons": []
                     *             },
                     *             "sales": {
                     *               "amountDue": 0,
                     *               "count": 0,
                     *               "early": 0
                     *             },
                     *             "stages": {
                     *               "agreement-signed": 0,
                     *               "applied": 0,
                     *               "appraised": 0,
                     *               "approved": 0,
                     *               "final-accepted": 0,
                     *               "identity-checked": 0,
                     *               "moved-out": 0,
                     *               "not-dangerous": 0,
                     *               "paid": 0,
                     *               "preliminary-accepted": 0,
                     *               "refused": 0,
                     *               "returned": 0,
                     *               "subsidy-cancelled": 0,
                     *               "township-noticed": 0,
                     *               "township-reviewed": 0,
                     *               "under-construction": 0,
                     *               "village-noticed": 0,
                     *               "village-reviewed": 0
                     *             },
                     *             "subsidyCommitted": 0,
                     *             "subsidyPaid": 0
                     *           },
                     *           "R2": {
                     *             "accepted": 0,
                     *             "acceptedWithDocuments": 0,
                     *             "acceptedWithPhotos": 0,
                     *             "cases": 0,
                     *             "documentsOverdue": {
                     *               "after": 0,
                     *               "agreement": 0,
                     *               "application": 0,
                     *               "appraisal-report": 0,
                     *               "approval": 0,
                     *               "before": 0,
                     *               "householder": 0,
                     *               "identity-proof": 0,
                     *               "income-proof": 0,
                     *               "welfare-certificate": 0
                     *             },
                     *             "filesBehind": 0,
                     *             "grades": {
                     *               "C": 0,
                     *               "D": 0,
                     *               "no-house": 0
                     *             },
                     *             "late": 0,
                     *             "noHouseSubsidyCommitted": 0,
                     *             "noHouseSubsidyPaid": 0,
                     *             "refusals": {
                     *               "count": 0,
                     *               "reasons": []
                     *             },
                     *             "returns": {
                     *               "count": 0,
                     *               "reasons": []
                     *             },
                     *             "sales": {
                     *               "amountDue": 0,
                     *               "count": 0,
                     *               "early": 0
                     *             },
                     *             "stages": {
                     *               "agreement-signed": 0,
                     *               "applied": 0,
                     *               "appraised": 0,
                     *               "approved": 0,
                     *               "final-accepted": 0,
                     *               "identity-checked": 0,
                     *               "moved-out": 0,
                     *               "not-dangerous": 0,
                     *               "paid": 0,
                     *               "preliminary-accepted": 0,
                     *               "refused": 0,
                     *               "returned": 0,
                     *               "subsidy-cancelled": 0,
                     *               "township-noticed": 0,
                     *               "township-reviewed": 0,
                     *               "under-construction": 0,
                     *               "village-noticed": 0,
                     *               "village-reviewed": 0
                     *             },
                     *             "subsidyCommitted": 0,
                     *             "subsidyPaid": 0
                     *           },
                     *           "name": "高台子街道",
                     *           "township": "gaotaizi"
                     *         },
                     *         {
                     *           "R1": {
                     *             "accepted": 0,
                     *             "acceptedWithDocuments": 0,
                     *             "acceptedWithPhotos": 0,
                     *             "cases": 0,
                     *             "documentsOverdue": {
                     *               "after": 0,
                     *               "agreement": 0,
                     *               "application": 0,
                     *               "appraisal-report": 0,
                     *               "approval": 0,
                     *               "before": 0,
                     *               "householder": 0,
                     *               "identity-proof": 0,
                     *               "income-proof": 0,
                     *               "welfare-certificate": 0
                     *             },
                     *             "filesBehind": 0,
                     *             "grades": {
                     *               "C": 0,
                     *               "D": 0,
                     *               "no-house": 0
                     *             },
                     *             "late": 0,
                     *             "noHouseSubsidyCommitted": 0,
                     *             "noHouseSubsidyPaid": 0,
                     *             "refusals": {
                     *               "count": 0,
                     *               "reasons": []
                     *             },
                     *             "returns": {
                     *               "count": 0,
                     *               "reasons": []
                     *             },
                     *             "sales": {
                     *               "amountDue": 0,
                     *               "count": 0,
                     *               "early": 0
                     *             },
                     *             "stages": {
                     *               "agreement-signed": 0,
                     *               "applied": 0,
                     *               "appraised": 0,
                     *               "approved": 0,
                     *               "final-accepted": 0,
                     *               "identity-checked": 0,
                     *               "moved-out": 0,
                     *               "not-dangerous": 0,
                     *               "paid": 0,
                     *               "preliminary-accepted": 0,
                     *               "refused": 0,
                     *               "returned": 0,
                     *               "subsidy-cancelled": 0,
                     *               "township-noticed": 0,
                     *               "township-reviewed": 0,
                     *               "under-construction": 0,
                     *               "village-noticed": 0,
                     *               "village-reviewed": 0
                     *             },
                     *             "subsidyCommitted": 0,
                     *             "subsidyPaid": 0
                     *           },
                     *           "R2": {
                     *             "accepted": 0,
                     *             "acceptedWithDocuments": 0,
                     *             "acceptedWithPhotos": 0,
                     *             "cases": 0,
                     *             "documentsOverdue": {
                     *               "after": 0,
                     *               "agreement": 0,
                     *               "application": 0,
                     *               "appraisal-report": 0,
                     *               "approval": 0,
                     *               "before": 0,
                     *               "householder": 0,
                     *               "identity-proof": 0,
                     *               "income-proof": 0,
                     *               "welfare-certificate": 0
                     *             },
                     *             "filesBehind": 0,
                     *             "grades": {
                     *               "C": 0,
                     *               "D": 0,
                     *               "no-house": 0
                     *             },
                     *             "late": 0,
                     *             "noHouseSubsidyCommitted": 0,
                     *             "noHouseSubsidyPaid": 0,
                     *             "refusals": {
                     *               "count": 0,
                     *               "reasons": []
                     *             },
                     *             "returns": {
                     *               "count": 0,
                     *               "reasons": []
                     *             },
                     *             "sales": {
                     *               "amountDue": 0,
                     *               "count": 0,
                     *               "early": 0
                     *             },
                     *             "stages": {
                     *               "agreement-signed": 0,
                     *               "applied": 0,
                     *               "appraised": 0,
                     *               "approved": 0,
                     *               "final-accepted": 0,
                     *               "identity-checked": 0,
                     *               "moved-out": 0,
                     *               "not-dangerous": 0,
                     *               "paid": 0,
                     *               "preliminary-accepted": 0,
                     *               "refused": 0,
                     *               "returned": 0,
                     *               "subsidy-cancelled": 0,
                     *               "township-noticed": 0,
                     *               "township-reviewed": 0,
                     *               "under-construction": 0,
                     *               "village-noticed": 0,
                     *               "village-reviewed": 0
                     *             },
                     *             "subsidyCommitted": 0,
                     *             "subsidyPaid": 0
                     *           },
                     *           "name": "铁东街道",
                     *           "township": "tiedong"
                     *         },
                     *         {
                     *           "R1": {
                     *             "accepted": 0,
                     *             "acceptedWithDocuments": 0,
                     *             "acceptedWithPhotos": 0,
                     *             "cases": 0,
                     *             "documentsOverdue": {
                     *               "after": 0,
                     *               "agreement": 0,
                     *               "application": 0,
                     *               "appraisal-report": 0,
                     *               "approval": 0,
                     *               "before": 0,
                     *               "householder": 0,
                     *               "identity-proof": 0,
                     *               "income-proof": 0,
                     *               "welfare-certificate": 0
                     *             },
                     *             "filesBehind": 0,
                     *             "grades": {
                     *               "C": 0,
                     *               "D": 0,
                     *               "no-house": 0
                     *             },
                     *             "late": 0,
                     *             "noHouseSubsidyCommitted": 0,
                     *             "noHouseSubsidyPaid": 0,
                     *             "refusals": {
                     *               "count": 0,
                     *               "reasons": []
                     *             },
                     *             "returns": {
                     *               "count": 0,
                     *               "reasons": []
                     *             },
                     *             "sales": {
                     *               "amountDue": 0,
                     *               "count": 0,
                     *               "early": 0
                     *             },
                     *             "stages": {
                     *               "agreement-signed": 0,
                     *               "applied": 0,
                     *               "appraised": 0,
                     *               "approved": 0,
                     *               "final-accepted": 0,
                     *               "identity-checked": 0,
                     *               "moved-out": 0,
                     *               "not-dangerous": 0,
                     *               "paid": 0,
                     *               "preliminary-accepted": 0,
                     *               "refused": 0,
                     *               "returned": 0,
                     *               "subsidy-cancelled": 0,
                     *               "township-noticed": 0,
                     *               "township-reviewed": 0,
                     *               "under-construction": 0,
                     *               "village-noticed": 0,
                     *               "village-reviewed": 0
                     *             },
                     *             "subsidyCommitted": 0,
                     *             "subsidyPaid": 0
                     *           },
                     *           "R2": {
                     *             "accepted": 0,
                     *             "acceptedWithDocuments": 0,
                     *             "acceptedWithPhotos": 0,
                     *             "cases": 0,
                     *             "documentsOverdue": {
                     *               "after": 0,
                     *               "agreement": 0,
                     *               "application": 0,
                     *               "appraisal-report": 0,
                     *               "approval": 0,
                     *               "before": 0,
                     *               "householder": 0,
                     *               "identity-proof": 0,
                     *               "income-proof": 0,
                     *               "welfare-certificate": 0
                     *             },
                     *             "filesBehind": 0,
                     *             "grades": {
                     *               "C": 0,
                     *               "D": 0,
                     *               "no-house": 0
                     *             },
                     *             "late": 0,
                     *             "noHouseSubsidyCommitted": 0,
                     *             "noHouseSubsidyPaid": 0,
                     *             "refusals": {
                     *               "count": 0,
                     *               "reasons": []
                     *             },
                     *             "returns": {
                     *               "count": 0,
                     *               "reasons": []
                     *             },
                     *             "sales": {
                     *               "amountDue": 0,
                     *               "count": 0,
                     *               "early": 0
                     *             },
                     *             "stages": {
                     *               "agreement-signed": 0,
                     *               "applied": 0,
                     *               "appraised": 0,
                     *               "approved": 0,
                     *               "final-accepted": 0,
                     *               "identity-checked": 0,
                     *               "moved-out": 0,
                     *               "not-dangerous": 0,
                     *               "paid": 0,
                     *               "preliminary-accepted": 0,
                     *               "refused": 0,
                     *               "returned": 0,
                     *               "subsidy-cancelled": 0,
                     *               "township-noticed": 0,
                     *               "township-reviewed": 0,
                     *               "under-construction": 0,
                     *               "village-noticed": 0,
                     *               "village-reviewed": 0
                     *             },
                     *             "subsidyCommitted": 0,
                     *             "subsidyPaid": 0
                     *           },
                     *           "name": "河西街道",
                     *           "township": "hexi"
                     *         },
                     *         {
                     *           "R1": {
                     *             "accepted": 0,
                     *             "acceptedWithDocuments": 0,
                     *             "acceptedWithPhotos": 0,
                     *             "cases": 0,
                     *             "documentsOverdue": {
                     *               "after": 0,
                     *               "agreement": 0,
                     *               "application": 0,
                     *               "appraisal-report": 0,
                     *               "approval": 0,
                     *               "before": 0,
                     *               "householder": 0,
                     *               "identity-proof": 0,
                     *               "income-proof": 0,
                     *               "welfare-certificate": 0
                     *             },
                     *             "filesBehind": 0,
                     *             "grades": {
                     *               "C": 0,
                     *               "D": 0,
                     *               "no-house": 0
                     *             },
                     *             "late": 0,
                     *             "noHouseSubsidyCommitted": 0,
                     *             "noHouseSubsidyPaid": 0,
                     *             "refusals": {
                     *               "count": 0,
                     *               "reasons": []
                     *             },
                     *             "returns": {
                     *               "count": 0,
                     *               "reasons": []
                     *             },
                     *             "sales": {
                     *               "amountDue": 0,
                     *               "count": 0,
                     *               "early": 0
                     *             },
                     *             "stages": {
                     *               "agreement-signed": 0,
                     *               "applied": 0,
                     *               "appraised": 0,
                     *               "approved": 0,
                     *               "final-accepted": 0,
                     *               "identity-checked": 0,
                     *               "moved-out": 0,
                     *               "not-dangerous": 0,
                     *               "paid": 0,
                     *               "preliminary-accepted": 0,
                     *               "refused": 0,
                     *               "returned": 0,
                     *               "subsidy-cancelled": 0,
                     *               "township-noticed": 0,
                     *               "township-reviewed": 0,
                     *               "under-construction": 0,
                     *               "village-noticed": 0,
                     *               "village-reviewed": 0
                     *             },
                     *             "subsidyCommitted": 0,
                     *             "subsidyPaid": 0
                     *           },
                     *           "R2": {
                     *             "accepted": 0,
                     *             "acceptedWithDocuments": 0,
                     *             "acceptedWithPhotos": 0,
                     *             "cases": 0,
                     *             "documentsOverdue": {
                     *               "after": 0,
                     *               "agreement": 0,
                     *               "application": 0,
                     *               "appraisal-report": 0,
                     *               "approval": 0,
                     *               "before": 0,
                     *               "householder": 0,
                     *               "identity-proof": 0,
                     *               "income-proof": 0,
                     *               "welfare-certificate": 0
                     *             },
                     *             "filesBehind": 0,
                     *             "grades": {
                     *               "C": 0,
                     *               "D": 0,
                     *               "no-house": 0
                     *             },
                     *             "late": 0,
                     *             "noHouseSubsidyCommitted": 0,
                     *             "noHouseSubsidyPaid": 0,
                     *             "refusals": {
                     *               "count": 0,
                     *               "reasons": []
                     *             },
                     *             "returns": {
                     *               "count": 0,
                     *               "reasons": []
                     *             },
                     *             "sales": {
                     *               "amountDue": 0,
                     *               "count": 0,
                     *               "early": 0
                     *             },
                     *             "stages": {
                     *               "agreement-signed": 0,
                     *               "applied": 0,
                     *               "appraised": 0,
                     *               "approved": 0,
                     *               "final-accepted": 0,
                     *               "identity-checked": 0,
                     *               "moved-out": 0,
                     *               "not-dangerous": 0,
                     *               "paid": 0,
                     *               "preliminary-accepted": 0,
                     *               "refused": 0,
                     *               "returned": 0,
                     *               "subsidy-cancelled": 0,
                     *               "township-noticed": 0,
                     *               "township-reviewed": 0,
                     *               "under-construction": 0,
                     *               "village-noticed": 0,
                     *               "village-reviewed": 0
                     *             },
                     *             "subsidyCommitted": 0,
                     *             "subsidyPaid": 0
                     *           },
                     *           "name": "向阳街道",
                     *           "township": "xiangyang"
                     *         }
                     *       ],
                     *       "revision": 1,
                     *       "files": {
                     *         "json": "https://files.zlt.example.cn/zlt-local-files/reports/progress/2019-01-03/r1/report.json?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Content-Sha256=UNSIGNED-PAYLOAD&X-Amz-Credential=S3RVER%2F20261201%2Fcn-north-1%2Fs3%2Faws4_request&X-Amz-Date=20191201T012404Z&X-Amz-Expires=300&X-Amz-Signature=37023db1d5c47688162a544e17e2add7c8cdf3f48de3d127a0af1da22443f3fe&X-Amz-SignedHeaders=host&x-id=GetObject",
                     *         "csv": "https://files.zlt.example.cn/zlt-local-files/reports/progress/2019-01-03/r1/report.csv?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Content-Sha256=UNSIGNED-PAYLOAD&X-Amz-Credential=S3RVER%2F20261201%2Fcn-north-1%2Fs3%2Faws4_request&X-Amz-Date=20191201T012404Z&X-Amz-Expires=300&X-Amz-Signature=e9aa0595d0e33fe1ae87b632d59257cc327e88482ed03d22bffb84b55c1f9622&X-Amz-SignedHeaders=host&x-id=GetObject",
                     *         "xlsx": "https://files.zlt.example.cn/zlt-local-files/reports/progress/2019-01-03/r1/report.xlsx?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Content-Sha256=UNSIGNED-PAYLOAD&X-Amz-Credential=S3RVER%2F20261201%2Fcn-north-1%2Fs3%2Faws4_request&X-Amz-Date=20191201T012404Z&X-Amz-Expires=300&X-Amz-Signature=eb96baf0540aa59de2e7e1a91ae3cfd9ac3cb74c961acc1db9efacdf16e6c28a&X-Amz-SignedHeaders=host&x-id=GetObject"
                     *       },
                     *       "unchanged": false
                     *     }
                     */
                    "application/json": components["schemas"]["ProgressReport"];
                };
            };
            /** @description Bad input: `details` lists each bad field with its path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation-error" | "invalid-encoding";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthorized";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Valid caller outside its scope; nothing changed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Body over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "payload-too-large";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unsupported-media-type";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Internal error; no internals are shown */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal-error";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description A backing service did not answer in time; nothing changed, retry after the given seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unavailable";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
        };
    };
    "reports-progress-get": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 2019-01-03 */
                asOf: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The latest revision with links to JSON, CSV and xlsx */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "asOf": "2019-01-03",
                     *       "deadline": "2019-08-31",
                     *       "policyId": "housing-2019",
                     *       "programmes": [
                     *         {
                     *           "budget": {
                     *             "committed": 0,
                     *             "excludes": "no-house households (R1 三: 计划投资不含无房户)",
                     *             "noHouse": {
                     *               "committed": 0,
                     *               "households": 280,
                     *               "paid": 0
                     *             },
                     *             "paid": 0,
                     *             "planned": 6406400,
                     *             "remaining": 6406400
                     *           },
                     *           "name": "建档立卡危房改造",
                     *           "plan": {
                     *             "C": 265,
                     *             "D": 28,
                     *             "budget": 6406400,
                     *             "clause": "R1 三",
                     *             "no-house": 280
                     *           },
                     *           "programme": "R1",
                     *           "totals": {
                     *             "accepted": 0,
                     *             "acceptedWithDocuments": 0,
                     *             "acceptedWithPhotos": 0,
                     *             "cases": 4,
                     *             "documentsOverdue": {
                     *               "after": 0,
                     *               "agreement": 0,
                     *               "application": 4,
                     *               "appraisal-report": 0,
                     *               "approval": 0,
                     *               "before": 4,
                     *               "householder": 4,
                     *               "identity-proof": 4,
                     *               "income-proof": 4,
                     *               "welfare-certificate": 0
                     *             },
                     *             "filesBehind": 4,
                     *             "grades": {
                     *               "C": 0,
                     *               "D": 4,
                     *               "no-house": 0
                     *             },
                     *             "late": 0,
                     *             "noHouseSubsidyCommitted": 0,
                     *             "noHouseSubsidyPaid": 0,
                     *             "refusals": {
                     *               "count": 0
                     *             },
                     *             "returns": {
                     *               "count": 1
                     *             },
                     *             "sales": {
                     *               "amountDue": 0,
                     *               "count": 0,
                     *               "early": 0
                     *             },
                     *             "stages": {
                     *               "agreement-signed": 0,
                     *               "applied": 2,
                     *               "appraised": 0,
                     *               "approved": 0,
                     *               "final-accepted": 0,
                     *               "identity-checked": 0,
                     *               "moved-out": 0,
                     *               "not-dangerous": 0,
                     *               "paid": 0,
                     *               "preliminary-accepted": 0,
                     *               "refused": 0,
                     *               "returned": 1,
                     *               "subsidy-cancelled": 0,
                     *               "township-noticed": 0,
                     *               "township-reviewed": 0,
                     *               "under-construction": 0,
                     *               "village-noticed": 0,
                     *               "village-reviewed": 1
                     *             },
                     *             "subsidyCommitted": 0,
                     *             "subsidyPaid": 0
                     *           }
                     *         },
                     *         {
                     *           "budget": {
                     *             "committed": 0,
                     *             "excludes": "nothing",
                     *             "noHouse": {
                     *               "committed": 0,
                     *               "households": 0,
                     *               "paid": 0
                     *             },
                     *             "paid": 0,
                     *             "planned": 3342000,
                     *             "remaining": 3342000
                     *           },
                     *           "name": "五保低保残疾人危房改造",
                     *           "plan": {
                     *             "budget": 3342000,
                     *             "clause": "R2 三",
                     *             "households": 123
                     *           },
                     *           "programme": "R2",
                     *           "totals": {
                     *             "accepted": 0,
                     *             "acceptedWithDocuments": 0,
                     *             "acceptedWithPhotos": 0,
                     *             "cases": 0,
                     *             "documentsOverdue": {
                     *               "after": 0,
                     *               "agreement": 0,
                     *               "application": 0,
                     *               "appraisal-report": 0,
                     *               "approval": 0,
                     *               "before": 0,
                     *               "householder": 0,
                     *               "identity-proof": 0,
                     *               "income-proof": 0,
                     *               "welfare-certificate": 0
                     *             },
                     *             "filesBehind": 0,
                     *             "grades": {
                     *               "C": 0,
                     *               "D": 0,
                     *               "no-house": 0
                     *             },
                     *             "late": 0,
                     *             "noHouseSubsidyCommitted": 0,
                     *             "noHouseSubsidyPaid": 0,
                     *             "refusals": {
                     *               "count": 0
                     *             },
                     *             "returns": {
                     *               "count": 0
                     *             },
                     *             "sales": {
                     *               "amountDue": 0,
                     *               "count": 0,
                     *               "early": 0
                     *             },
                     *             "stages": {
                     *               "agreement-signed": 0,
                     *               "applied": 0,
                     *               "appraised": 0,
                     *               "approved": 0,
                     *               "final-accepted": 0,
                     *               "identity-checked": 0,
                     *               "moved-out": 0,
                     *               "not-dangerous": 0,
                     *               "paid": 0,
                     *               "preliminary-accepted": 0,
                     *               "refused": 0,
                     *               "returned": 0,
                     *               "subsidy-cancelled": 0,
                     *               "township-noticed": 0,
                     *               "township-reviewed": 0,
                     *               "under-construction": 0,
                     *               "village-noticed": 0,
                     *               "village-reviewed": 0
                     *             },
                     *             "subsidyCommitted": 0,
                     *             "subsidyPaid": 0
                     *           }
                     *         }
                     *       ],
                     *       "townships": [
                     *         {
                     *           "R1": {
                     *             "accepted": 0,
                     *             "acceptedWithDocuments": 0,
                     *             "acceptedWithPhotos": 0,
                     *             "cases": 4,
                     *             "documentsOverdue": {
                     *               "after": 0,
                     *               "agreement": 0,
                     *               "application": 4,
                     *               "appraisal-report": 0,
                     *               "approval": 0,
                     *               "before": 4,
                     *               "householder": 4,
                     *               "identity-proof": 4,
                     *               "income-proof": 4,
                     *               "welfare-certificate": 0
                     *             },
                     *             "filesBehind": 4,
                     *             "grades": {
                     *               "C": 0,
                     *               "D": 4,
                     *               "no-house": 0
                     *             },
                     *             "late": 0,
                     *             "noHouseSubsidyCommitted": 0,
                     *             "noHouseSubsidyPaid": 0,
                     *             "refusals": {
                     *               "count": 0,
                     *               "reasons": []
                     *             },
                     *             "returns": {
                     *               "count": 1,
                     *               "reasons": [
                     *                 {
                     *                   "count": 1,
                     *                   "reason": "申请材料不全",
                     *                   "step": "village-review"
                     *                 }
                     *               ]
                     *             },
                     *             "sales": {
                     *               "amountDue": 0,
                     *               "count": 0,
                     *               "early": 0
                     *             },
                     *             "stages": {
                     *               "agreement-signed": 0,
                     *               "applied": 2,
                     *               "appraised": 0,
                     *               "approved": 0,
                     *               "final-accepted": 0,
                     *               "identity-checked": 0,
                     *               "moved-out": 0,
                     *               "not-dangerous": 0,
                     *               "paid": 0,
                     *               "preliminary-accepted": 0,
                     *               "refused": 0,
                     *               "returned": 1,
                     *               "subsidy-cancelled": 0,
                     *               "township-noticed": 0,
                     *               "township-reviewed": 0,
                     *               "under-construction": 0,
                     *               "village-noticed": 0,
                     *               "village-reviewed": 1
                     *             },
                     *             "subsidyCommitted": 0,
                     *             "subsidyPaid": 0
                     *           },
                     *           "R2": {
                     *             "accepted": 0,
                     *             "acceptedWithDocuments": 0,
                     *             "acceptedWithPhotos": 0,
                     *             "cases": 0,
                     *             "documentsOverdue": {
                     *               "after": 0,
                     *               "agreement": 0,
                     *               "application": 0,
                     *               "appraisal-report": 0,
                     *               "approval": 0,
                     *               "before": 0,
                     *               "householder": 0,
                     *               "identity-proof": 0,
                     *               "income-proof": 0,
                     *               "welfare-certificate": 0
                     *             },
                     *             "filesBehind": 0,
                     *             "grades": {
                     *               "C": 0,
                     *               "D": 0,
                     *               "no-house": 0
                     *             },
                     *             "late": 0,
                     *             "noHouseSubsidyCommitted": 0,
                     *             "noHouseSubsidyPaid": 0,
                     *             "refusals": {
                     *               "count": 0,
                     *               "reasons": []
                     *             },
                     *             "returns": {
                     *               "count": 0,
                     *               "reasons": []
                     *             },
                     *             "sales": {
                     *               "amountDue": 0,
                     *               "count": 0,
                     *               "early": 0
                     *             },
                     *             "stages": {
                     *               "agreement-signed": 0,
                     *               "applied": 0,
                     *               "appraised": 0,
                     *               "approved": 0,
                     *               "final-accepted": 0,
                     *               "identity-checked": 0,
                     *               "moved-out": 0,
                     *               "not-dangerous": 0,
                     *               "paid": 0,
                     *               "preliminary-accepted": 0,
                     *               "refused": 0,
                     *               "returned": 0,
                     *               "subsidy-cancelled": 0,
                     *               "township-noticed": 0,
                     *               "township-reviewed": 0,
                     *               "under-construction": 0,
                     *               "village-noticed": 0,
                     *               "village-reviewed": 0
                     *             },
                     *             "subsidyCommitted": 0,
                     *             "subsidyPaid": 0
                     *           },
                     *           "name": "浩饶山镇",
                     *           "township": "haoraoshan"
                     *         }
                     *       ],
                     *       "revision": 1
                     *     }
                     */
                    "application/json": components["schemas"]["ProgressReport"];
                };
            };
            /** @description Bad input: `details` lists each bad field with its path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation-error";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthorized";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Valid caller outside its scope; nothing changed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "report-not-found";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Internal error; no internals are shown */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal-error";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description A backing service did not answer in time; nothing changed, retry after the given seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unavailable";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
        };
    };
    "roster-import-list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The office's latest imports and its remembered column mapping */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "imports": [
                     *         {
                     *           "fileName": "名单.xlsx",
                     *           "mapping": {
                     *             "名字": "name",
                     *             "家庭": "householdId",
                     *             "重残": "severelyDisabled",
                     *             "嘎查": "village",
                     *             "证号": "personId",
                     *             "镇": "township"
                     *           },
                     *           "dryRun": {
                     *             "unchanged": 0,
                     *             "new": 1,
                     *             "rejected": 0,
                     *             "changed": 0
                     *           },
                     *           "rejected": [],
                     *           "columns": [
                     *             "证号",
                     *             "名字",
                     *             "家庭",
                     *             "镇",
                     *             "嘎查",
                     *             "重残"
                     *           ],
                     *           "format": "xlsx",
                     *           "run": 1,
                     *           "office": "disabled-federation",
                     *           "createdAt": "2019-12-01T01:24:58.629Z",
                     *           "processed": 1,
                     *           "total": 1,
                     *           "importId": "RI-20261201-9e960ba6",
                     *           "createdBy": "df-mx40lj8y79du1f",
                     *           "missing": [],
                     *           "status": "checked",
                     *           "updatedAt": "2019-12-01T01:24:59.263Z"
                     *         },
                     *         {
                     *           "fileName": "名单.xlsx",
                     *           "mapping": {
                     *             "名字": "name",
                     *             "家庭": "householdId",
                     *             "重残": "severelyDisabled",
                     *             "嘎查": "village",
                     *             "证号": "personId",
                     *             "镇": "township"
                     *           },
                     *           "dryRun": {
                     *             "unchanged": 0,
                     *             "new": 2,
                     *             "rejected": 0,
                     *             "changed": 0
                     *           },
                     *           "rejected": [],
                     *           "columns": [
                     *             "证号",
                     *             "名字",
                     *             "家庭",
                     *             "镇",
                     *             "嘎查",
                     *             "重残"
                     *           ],
                     *           "format": "xlsx",
                     *           "run": 3,
                     *           "office": "disabled-federation",
                     *           "loaded": {
                     *             "unchanged": 0,
                     *             "new": 2,
                     *             "rejected": 0,
                     *             "changed": 0
                     *           },
                     *           "createdAt": "2019-12-01T01:24:56.877Z",
                     *           "processed": 2,
                     *           "total": 2,
                     *           "importId": "RI-20261201-14b84096",
                     *           "createdBy": "df-mx40lj8y79du1f",
                     *           "loadedThrough": 2,
                     *           "missing": [],
                     *           "status": "loaded",
                     *           "updatedAt": "2019-12-01T01:24:58.388Z"
                     *         }
                     *       ],
                     *       "mapping": {
                     *         "名字": "name",
                     *         "家庭": "householdId",
                     *         "重残": "severelyDisabled",
                     *         "嘎查": "village",
                     *         "证号": "personId",
                     *         "镇": "township"
                     *       }
                     *     }
                     */
                    "application/json": {
                        imports: components["schemas"]["RosterImport"][];
                        mapping: components["schemas"]["RosterColumnMapping"];
                    };
                };
            };
            /** @description Bad input: `details` lists each bad field with its path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation-error";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthorized";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Valid caller outside its scope; nothing changed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Internal error; no internals are shown */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal-error";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description A backing service did not answer in time; nothing changed, retry after the given seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unavailable";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
        };
    };
    "roster-import-create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "fileName": "x.xlsx",
                 *       "size": 10
                 *     }
                 */
                "application/json": components["schemas"]["RosterImportRequest"];
            };
        };
        responses: {
            /** @description The import and a presigned POST for the file; the dry run starts when the file arrives */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "job": {
                     *         "importId": "RI-20261201-4437a8c2",
                     *         "office": "poverty-office",
                     *         "createdBy": "local-poverty-office",
                     *         "createdAt": "2019-12-01T01:25:00.368Z",
                     *         "updatedAt": "2019-12-01T01:25:00.368Z",
                     *         "fileName": "x.xlsx",
                     *         "status": "awaiting-upload",
                     *         "run": 0
                     *       },
                     *       "upload": {
                     *         "url": "https://files.zlt.example.cn/zlt-local-files",
                     *         "fields": {
                     *           "bucket": "zlt-local-files",
                     *           "X-Amz-Algorithm": "AWS4-HMAC-SHA256",
                     *           "X-Amz-Credential": "S3RVER/20261201/cn-north-1/s3/aws4_request",
                     *           "X-Amz-Date": "20191201T012500Z",
                     *           "key": "roster-imports/RI-20261201-4437a8c2/source",
                     *           "Policy": "eyJleHBpcmF0aW9uIjoiMjAyNi0xMi0wMVQwMTo0MDowMFoiLCJjb25kaXRpb25zIjpbeyJidWNrZXQiOiJ6bHQtbG9jYWwtZmlsZXMifSxbImVxIiwiJGtleSIsInJvc3Rlci1pbXBvcnRzL1JJLTIwMjYxMjAxLTQ0MzdhOGMyL3NvdXJjZSJdLFsiY29udGVudC1sZW5ndGgtcmFuZ2UiLDEsMTBdLHsiWC1BbXotQWxnb3JpdGhtIjoiQVdTNC1ITUFDLVNIQTI1NiJ9LHsiWC1BbXotQ3JlZGVudGlhbCI6IlMzUlZFUi8yMDI2MTIwMS9jbi1ub3J0aC0xL3MzL2F3czRfcmVxdWVzdCJ9LHsiWC1BbXotRGF0ZSI6IjIwMjYxMjAxVDAxMjUwMFoifSx7ImtleSI6InJvc3Rlci1pbXBvcnRzL1JJLTIwMjYxMjAxLTQ0MzdhOGMyL3NvdXJjZSJ9XX0=",
                     *           "X-Amz-Signature": "583ea24a7ff7fadcec3cea5fd321b3838cdcb0f6666ef75fd77101d2fe1a380a"
                     *         }
                     *       },
                     *       "expiresAt": "2019-12-01T01:40:00.368Z"
                     *     }
                     */
                    "application/json": {
                        expiresAt: string;
                        job: components["schemas"]["RosterImport"];
                        upload: {
                            fields: {
                                [key: string]: string;
                            };
                            url: string;
                        };
                    };
                };
            };
            /** @description Bad input: `details` lists each bad field with its path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation-error" | "invalid-encoding";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthorized";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Valid caller outside its scope; nothing changed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Body over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "payload-too-large";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unsupported-media-type";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Internal error; no internals are shown */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal-error";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description A backing service did not answer in time; nothing changed, retry after the given seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unavailable";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
        };
    };
    "roster-import-get": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example RI-20261201-eea1271d */
                importId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Status, progress, dry-run counts, rejected rows */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "fileName": "名单.xlsx",
                     *       "run": 1,
                     *       "office": "poverty-office",
                     *       "createdAt": "2019-12-01T01:25:00.242Z",
                     *       "importId": "RI-20261201-eea1271d",
                     *       "createdBy": "local-poverty-office",
                     *       "status": "checking",
                     *       "updatedAt": "2019-12-01T01:25:00.293Z"
                     *     }
                     */
                    "application/json": components["schemas"]["RosterImport"];
                };
            };
            /** @description Bad input: `details` lists each bad field with its path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation-error";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthorized";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Valid caller outside its scope; nothing changed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "import-not-found";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Internal error; no internals are shown */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal-error";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description A backing service did not answer in time; nothing changed, retry after the given seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unavailable";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
        };
    };
    "roster-import-confirm": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example RI-20261201-14b84096 */
                importId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The import, loading (or resuming) */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "fileName": "名单.xlsx",
                     *       "mapping": {
                     *         "名字": "name",
                     *         "家庭": "householdId",
                     *         "重残": "severelyDisabled",
                     *         "嘎查": "village",
                     *         "证号": "personId",
                     *         "镇": "township"
                     *       },
                     *       "dryRun": {
                     *         "unchanged": 0,
                     *         "new": 2,
                     *         "rejected": 0,
                     *         "changed": 0
                     *       },
                     *       "rejected": [],
                     *       "columns": [
                     *         "证号",
                     *         "名字",
                     *         "家庭",
                     *         "镇",
                     *         "嘎查",
                     *         "重残"
                     *       ],
                     *       "format": "xlsx",
                     *       "run": 3,
                     *       "office": "disabled-federation",
                     *       "loaded": {
                     *         "unchanged": 0,
                     *         "new": 0,
                     *         "rejected": 0,
                     *         "changed": 0
                     *       },
                     *       "createdAt": "2019-12-01T01:24:56.877Z",
                     *       "processed": 0,
                     *       "total": 2,
                     *       "importId": "RI-20261201-14b84096",
                     *       "createdBy": "df-mx40lj8y79du1f",
                     *       "loadedThrough": 0,
                     *       "missing": [],
                     *       "status": "loading",
                     *       "updatedAt": "2019-12-01T01:24:57.604Z"
                     *     }
                     */
                    "application/json": components["schemas"]["RosterImport"];
                };
            };
            /** @description Bad input: `details` lists each bad field with its path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation-error";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthorized";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Valid caller outside its scope; nothing changed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "import-not-found";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Conflict with stored state or a rule; `code` names it */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "import-not-checked";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Internal error; no internals are shown */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal-error";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description A backing service did not answer in time; nothing changed, retry after the given seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unavailable";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
        };
    };
    "roster-import-mapping": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example RI-20261201-14b84096 */
                importId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "mapping": {
                 *         "证号": "personId",
                 *         "名字": "name",
                 *         "家庭": "householdId",
                 *         "镇": "township",
                 *         "嘎查": "village",
                 *         "重残": "severelyDisabled"
                 *       }
                 *     }
                 */
                "application/json": {
                    mapping: components["schemas"]["RosterColumnMapping"];
                };
            };
        };
        responses: {
            /** @description The import, checking again with this mapping */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "fileName": "名单.xlsx",
                     *       "mapping": {
                     *         "名字": "name",
                     *         "家庭": "householdId",
                     *         "重残": "severelyDisabled",
                     *         "嘎查": "village",
                     *         "证号": "personId",
                     *         "镇": "township"
                     *       },
                     *       "columns": [
                     *         "证号",
                     *         "名字",
                     *         "家庭",
                     *         "镇",
                     *         "嘎查",
                     *         "重残"
                     *       ],
                     *       "format": "xlsx",
                     *       "run": 2,
                     *       "office": "disabled-federation",
                     *       "createdAt": "2019-12-01T01:24:56.877Z",
                     *       "processed": 0,
                     *       "total": 2,
                     *       "importId": "RI-20261201-14b84096",
                     *       "createdBy": "df-mx40lj8y79du1f",
                     *       "missing": [
                     *         "身份证号",
                     *         "姓名",
                     *         "户编号",
                     *         "乡镇",
                     *         "村"
                     *       ],
                     *       "status": "checking",
                     *       "updatedAt": "2019-12-01T01:24:57.169Z"
                     *     }
                     */
                    "application/json": components["schemas"]["RosterImport"];
                };
            };
            /** @description Bad input: `details` lists each bad field with its path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation-error" | "invalid-encoding";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthorized";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Valid caller outside its scope; nothing changed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "import-not-found";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Conflict with stored state or a rule; `code` names it */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "import-not-checkable";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Body over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "payload-too-large";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unsupported-media-type";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Internal error; no internals are shown */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal-error";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description A backing service did not answer in time; nothing changed, retry after the given seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unavailable";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
        };
    };
    "roster-load": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "persons": [
                 *         {
                 *           "personId": "159999198101116861",
                 *           "name": "测试甲",
                 *           "householdId": "HH-SEC-mx40nu5ue2r0qg",
                 *           "township": "zhonghe",
                 *           "village": "测试村",
                 *           "registeredFrom": "2016-01-01",
                 *           "insuredYears": [
                 *             2019
                 *           ]
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["RosterLoad"];
            };
        };
        responses: {
            /** @description Rows accepted and rejected (by index) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "accepted": 1,
                     *       "rejected": []
                     *     }
                     */
                    "application/json": components["schemas"]["RosterLoadResult"];
                };
            };
            /** @description Bad input: `details` lists each bad field with its path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation-error" | "invalid-encoding";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthorized";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Valid caller outside its scope; nothing changed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Body over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "payload-too-large";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unsupported-media-type";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Internal error; no internals are shown */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal-error" | "roster-load-incomplete";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description A backing service did not answer in time; nothing changed, retry after the given seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unavailable" | "roster-load-incomplete";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
        };
    };
    "simulations-post": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "programme": "housing",
                 *       "year": 2019,
                 *       "variant": {
                 *         "name": "D级30000",
                 *         "reason": "测算D级新建补助提高到3万元",
                 *         "overrides": {
                 *           "subsidy.dGradeNewBuild": 30000
                 *         }
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["SimulationRequest"];
            };
        };
        responses: {
            /** @description Simulated (synchronously): the record with status done and the figures */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "simulationId": "fb52a6aa-f755-44c6-a13b-fab8f19c8c0f",
                     *       "programme": "housing",
                     *       "year": 2019,
                     *       "status": "done",
                     *       "variant": {
                     *         "name": "D级30000",
                     *         "reason": "测算D级新建补助提高到3万元",
                     *         "overrides": {
                     *           "subsidy.dGradeNewBuild": 30000
                     *         }
                     *       },
                     *       "applied": [
                     *         {
                     *           "name": "subsidy.dGradeNewBuild",
                     *           "unit": "fen",
                     *           "citation": "R1 四.(三); R2 四.(三)",
                     *           "description": "D-grade new build, per household",
                     *           "from": 2523200,
                     *           "to": 3000000
                     *         }
                     *       ],
                     *       "policyIds": [
                     *         "housing-2019"
                     *       ],
                     *       "createdBy": {
                     *         "sub": "poverty-analyst",
                     *         "role": "poverty-office"
                     *       },
                     *       "createdAt": "2019-12-01T01:20:39.272Z",
                     *       "finishedAt": "2019-12-01T01:20:39.884Z",
                     *       "budget": {
                     *         "cases": {
                     *           "counted": 0,
                     *           "closedWithoutSubsidy": 0
                     *         },
                     *         "totals": {
                     *           "cases": 0,
                     *           "recordedCommitted": 0,
                     *           "recordedPaid": 0,
                     *           "baseline": 0,
                     *           "variant": 0,
                     *           "change": 0
                     *         },
                     *         "byProgramme": [],
                     *         "byTownship": [],
                     *         "byRule": [],
                     *         "inconsistencies": {
                     *           "baselineEqualsRecorded": true,
                     *           "cases": 0,
                     *           "items": []
                     *         }
                     *       },
                     *       "files": {
                     *         "json": "https://files.zlt.example.cn/zlt-local-files/simulations/fb52a6aa-f755-44c6-a13b-fab8f19c8c0f/result.json?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Content-Sha256=UNSIGNED-PAYLOAD&X-Amz-Credential=S3RVER%2F20261201%2Fcn-north-1%2Fs3%2Faws4_request&X-Amz-Date=20191201T012039Z&X-Amz-Expires=300&X-Amz-Signature=c8676a8adb7ddfd6f485a281c815aa9018b5a2b1aa6ccb96b3d60d4bb2fcabe8&X-Amz-SignedHeaders=host&x-id=GetObject",
                     *         "csv": "https://files.zlt.example.cn/zlt-local-files/simulations/fb52a6aa-f755-44c6-a13b-fab8f19c8c0f/result.csv?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Content-Sha256=UNSIGNED-PAYLOAD&X-Amz-Credential=S3RVER%2F20261201%2Fcn-north-1%2Fs3%2Faws4_request&X-Amz-Date=20191201T012039Z&X-Amz-Expires=300&X-Amz-Signature=eea9c2d07ee664dd441819e4dcb95bba5db424c6c06f39ac8bdd3c4192fbfbe2&X-Amz-SignedHeaders=host&x-id=GetObject",
                     *         "xlsx": "https://files.zlt.example.cn/zlt-local-files/simulations/fb52a6aa-f755-44c6-a13b-fab8f19c8c0f/result.xlsx?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Content-Sha256=UNSIGNED-PAYLOAD&X-Amz-Credential=S3RVER%2F20261201%2Fcn-north-1%2Fs3%2Faws4_request&X-Amz-Date=20191201T012039Z&X-Amz-Expires=300&X-Amz-Signature=672ef7bdf53e0706a907a87366989eede9fb2a375d1088a0ee5f7098381bd094&X-Amz-SignedHeaders=host&x-id=GetObject"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Simulation"];
                };
            };
            /** @description Bad input: `details` lists each bad field with its path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation-error" | "invalid-encoding" | "no-policy";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthorized";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Valid caller outside its scope; nothing changed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Body over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "payload-too-large";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unsupported-media-type";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Internal error; no internals are shown */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal-error";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description A backing service did not answer in time; nothing changed, retry after the given seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unavailable";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
        };
    };
    "simulations-get": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 7ac354d4-6087-4ab5-8c96-7b3470f8146c */
                simulationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The simulation; figures and links once done */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "simulationId": "7ac354d4-6087-4ab5-8c96-7b3470f8146c",
                     *       "programme": "health",
                     *       "year": 2019,
                     *       "status": "done",
                     *       "variant": {
                     *         "name": "县级封顶线3000",
                     *         "reason": "测算县级医院自付封顶线由2000元提高到3000元的影响",
                     *         "overrides": {
                     *           "targets.selfPayCap.county": 3000
                     *         },
                     *         "claims": 1,
                     *         "payers": {
                     *           "basicInsurance": 15880,
                     *           "criticalIllnessInsurance": 0,
                     *           "medicalAssistance": 611.1,
                     *           "commercialInsurance": 130.95,
                     *           "safetyNetFund": 130.95,
                     *           "hospital": 0,
                     *           "patient": 3247,
                     *           "financeDeliveryFee": 0,
                     *           "total": 20000
                     *         },
                     *         "byTownship": [
                     *           {
                     *             "key": "zhonghe",
                     *             "name": "中和镇",
                     *             "claims": 1,
                     *             "payers": {
                     *               "basicInsurance": 15880,
                     *               "criticalIllnessInsurance": 0,
                     *               "medicalAssistance": 611.1,
                     *               "commercialInsurance": 130.95,
                     *               "safetyNetFund": 130.95,
                     *               "hospital": 0,
                     *               "patient": 3247,
                     *               "financeDeliveryFee": 0,
                     *               "total": 20000
                     *             }
                     *           }
                     *         ],
                     *         "byHospitalLevel": [
                     *           {
                     *             "key": "county",
                     *             "claims": 1,
                     *             "payers": {
                     *               "basicInsurance": 15880,
                     *               "criticalIllnessInsurance": 0,
                     *               "medicalAssistance": 611.1,
                     *               "commercialInsurance": 130.95,
                     *               "safetyNetFund": 130.95,
                     *               "hospital": 0,
                     *               "patient": 3247,
                     *               "financeDeliveryFee": 0,
                     *               "total": 20000
                     *             }
                     *           }
                     *         ],
                     *         "byDiseaseGroup": [
                     *           {
                     *             "key": "icd10:K",
                     *             "claims": 1,
                     *             "payers": {
                     *               "basicInsurance": 15880,
                     *               "criticalIllnessInsurance": 0,
                     *               "medicalAssistance": 611.1,
                     *               "commercialInsurance": 130.95,
                     *               "safetyNetFund": 130.95,
                     *               "hospital": 0,
                     *               "patient": 3247,
                     *               "financeDeliveryFee": 0,
                     *               "total": 20000
                     *             }
                     *           }
                     *         ],
                     *         "indicators": {
                     *           "majorDiseaseEffectiveRatio": {
                     *             "percent": null,
                     *             "targetPercent": 90,
                     *             "met": null,
                     *             "claims": 0,
                     *             "clause": "H 三.(二).2"
                     *           },
                     *           "chronicEffectiveRatio": {
                     *             "percent": null,
                     *             "targetPercent": 80,
                     *             "met": null,
                     *             "claims": 0,
                     *             "clause": "H 三.(二).4"
                     *           },
                     *           "belowPolicyRangeFloor": {
                     *             "claims": 0,
                     *             "of": 1,
                     *             "percent": 0,
                     *             "floorPercent": 75,
                     *             "clause": "H 三.(二).5.6)"
                     *           },
                     *           "paidAboveCapRule": {
                     *             "claims": 0,
                     *             "yuan": 0,
                     *             "clause": "H 三.(二).5.5), 5.6) (docs/rules.md §3.2 step 7)"
                     *           }
                     *         }
                     *       },
                     *       "applied": [
                     *         {
                     *           "name": "targets.selfPayCap.county",
                     *           "unit": "fen",
                     *           "citation": "H 三.(二).5.6)",
                     *           "description": "Self-pay cap, county-level hospital",
                     *           "from": 200000,
                     *           "to": 300000
                     *         }
                     *       ],
                     *       "policyIds": [
                     *         "zhalantun-2019"
                     *       ],
                     *       "createdBy": {
                     *         "sub": "bureau-analyst-1",
                     *         "role": "insurance-bureau"
                     *       },
                     *       "createdAt": "2019-12-01T01:20:28.229Z",
                     *       "finishedAt": "2019-12-01T01:20:35.505Z",
                     *       "claims": {
                     *         "surviving": 1,
                     *         "voided": 0
                     *       },
                     *       "persons": 1,
                     *       "recorded": {
                     *         "claims": 1,
                     *         "payers": {
                     *           "basicInsurance": 15880,
                     *           "criticalIllnessInsurance": 0,
                     *           "medicalAssistance": 1241.1,
                     *           "commercialInsurance": 265.95,
                     *           "safetyNetFund": 265.95,
                     *           "hospital": 0,
                     *           "patient": 2347,
                     *           "financeDeliveryFee": 0,
                     *           "total": 20000
                     *         },
                     *         "byTownship": [
                     *           {
                     *             "key": "zhonghe",
                     *             "name": "中和镇",
                     *             "claims": 1,
                     *             "payers": {
                     *               "basicInsurance": 15880,
                     *               "criticalIllnessInsurance": 0,
                     *               "medicalAssistance": 1241.1,
                     *               "commercialInsurance": 265.95,
                     *               "safetyNetFund": 265.95,
                     *               "hospital": 0,
                     *               "patient": 2347,
                     *               "financeDeliveryFee": 0,
                     *               "total": 20000
                     *             }
                     *           }
                     *         ],
                     *         "byHospitalLevel": [
                     *           {
                     *             "key": "county",
                     *             "claims": 1,
                     *             "payers": {
                     *               "basicInsurance": 15880,
                     *               "criticalIllnessInsurance": 0,
                     *               "medicalAssistance": 1241.1,
                     *               "commercialInsurance": 265.95,
                     *               "safetyNetFund": 265.95,
                     *               "hospital": 0,
                     *               "patient": 2347,
                     *               "financeDeliveryFee": 0,
                     *               "total": 20000
                     *             }
                     *           }
                     *         ],
                     *         "byDiseaseGroup": [
                     *           {
                     *             "key": "icd10:K",
                     *             "claims": 1,
                     *             "payers": {
                     *               "basicInsurance": 15880,
                     *               "criticalIllnessInsurance": 0,
                     *               "medicalAssistance": 1241.1,
                     *               "commercialInsurance": 265.95,
                     *               "safetyNetFund": 265.95,
                     *               "hospital": 0,
                     *               "patient": 2347,
                     *               "financeDeliveryFee": 0,
                     *               "total": 20000
                     *             }
                     *           }
                     *         ],
                     *         "indicators": {
                     *           "majorDiseaseEffectiveRatio": {
                     *             "percent": null,
                     *             "targetPercent": 90,
                     *             "met": null,
                     *             "claims": 0,
                     *             "clause": "H 三.(二).2"
                     *           },
                     *           "chronicEffectiveRatio": {
                     *             "percent": null,
                     *             "targetPercent": 80,
                     *             "met": null,
                     *             "claims": 0,
                     *             "clause": "H 三.(二).4"
                     *           },
                     *           "belowPolicyRangeFloor": {
                     *             "claims": 0,
                     *             "of": 1,
                     *             "percent": 0,
                     *             "floorPercent": 75,
                     *             "clause": "H 三.(二).5.6)"
                     *           },
                     *           "paidAboveCapRule": {
                     *             "claims": 0,
                     *             "yuan": 0,
                     *             "clause": "H 三.(二).5.5), 5.6) (docs/rules.md §3.2 step 7)"
                     *           }
                     *         }
                     *       },
                     *       "baseline": {
                     *         "claims": 1,
                     *         "payers": {
                     *           "basicInsurance": 15880,
                     *           "criticalIllnessInsurance": 0,
                     *           "medicalAssistance": 1241.1,
                     *           "commercialInsurance": 265.95,
                     *           "safetyNetFund": 265.95,
                     *           "hospital": 0,
                     *           "patient": 2347,
                     *           "financeDeliveryFee": 0,
                     *           "total": 20000
                     *         },
                     *         "byTownship": [
                     *           {
                     *             "key": "zhonghe",
                     *             "name": "中和镇",
                     *             "claims": 1,
                     *             "payers": {
                     *               "basicInsurance": 15880,
                     *               "criticalIllnessInsurance": 0,
                     *               "medicalAssistance": 1241.1,
                     *               "commercialInsurance": 265.95,
                     *               "safetyNetFund": 265.95,
                     *               "hospital": 0,
                     *               "patient": 2347,
                     *               "financeDeliveryFee": 0,
                     *               "total": 20000
                     *             }
                     *           }
                     *         ],
                     *         "byHospitalLevel": [
                     *           {
                     *             "key": "county",
                     *             "claims": 1,
                     *             "payers": {
                     *               "basicInsurance": 15880,
                     *               "criticalIllnessInsurance": 0,
                     *               "medicalAssistance": 1241.1,
                     *               "commercialInsurance": 265.95,
                     *               "safetyNetFund": 265.95,
                     *               "hospital": 0,
                     *               "patient": 2347,
                     *               "financeDeliveryFee": 0,
                     *               "total": 20000
                     *             }
                     *           }
                     *         ],
                     *         "byDiseaseGroup": [
                     *           {
                     *             "key": "icd10:K",
                     *             "claims": 1,
                     *             "payers": {
                     *               "basicInsurance": 15880,
                     *               "criticalIllnessInsurance": 0,
                     *               "medicalAssistance": 1241.1,
                     *               "commercialInsurance": 265.95,
                     *               "safetyNetFund": 265.95,
                     *               "hospital": 0,
                     *               "patient": 2347,
                     *               "financeDeliveryFee": 0,
                     *               "total": 20000
                     *             }
                     *           }
                     *         ],
                     *         "indicators": {
                     *           "majorDiseaseEffectiveRatio": {
                     *             "percent": null,
                     *             "targetPercent": 90,
                     *             "met": null,
                     *             "claims": 0,
                     *             "clause": "H 三.(二).2"
                     *           },
                     *           "chronicEffectiveRatio": {
                     *             "percent": null,
                     *             "targetPercent": 80,
                     *             "met": null,
                     *             "claims": 0,
                     *             "clause": "H 三.(二).4"
                     *           },
                     *           "belowPolicyRangeFloor": {
                     *             "claims": 0,
                     *             "of": 1,
                     *             "percent": 0,
                     *             "floorPercent": 75,
                     *             "clause": "H 三.(二).5.6)"
                     *           },
                     *           "paidAboveCapRule": {
                     *             "claims": 0,
                     *             "yuan": 0,
                     *             "clause": "H 三.(二).5.5), 5.6) (docs/rules.md §3.2 step 7)"
                     *           }
                     *         }
                     *       },
                     *       "selfPayChange": {
                     *         "persons": 1,
                     *         "rises": {
                     *           "persons": 1,
                     *           "yuan": 900,
                     *           "largestYuan": 900
                     *         },
                     *         "falls": {
                     *           "persons": 0,
                     *           "yuan": 0,
                     *           "largestYuan": 0
                     *         },
                     *         "unchanged": 0,
                     *         "histogram": [
                     *           {
                     *             "fromYuan": null,
                     *             "toYuan": -5000,
                     *             "persons": 0
                     *           },
                     *           {
                     *             "fromYuan": -5000,
                     *             "toYuan": -2000,
                     *             "persons": 0
                     *           },
                     *           {
                     *             "fromYuan": -2000,
                     *             "toYuan": -1000,
                     *             "persons": 0
                     *           },
                     *           {
                     *             "fromYuan": -1000,
                     *             "toYuan": -500,
                     *             "persons": 0
                     *           },
                     *           {
                     *             "fromYuan": -500,
                     *             "toYuan": -100,
                     *             "persons": 0
                     *           },
                     *           {
                     *             "fromYuan": -100,
                     *             "toYuan": 0,
                     *             "persons": 0
                     *           },
                     *           {
                     *             "fromYuan": 0,
                     *             "toYuan": 100,
                     *             "persons": 0
                     *           },
                     *           {
                     *             "fromYuan": 100,
                     *             "toYuan": 500,
                     *             "persons": 0
                     *           },
                     *           {
                     *             "fromYuan": 500,
                     *             "toYuan": 1000,
                     *             "persons": 1
                     *           },
                     *           {
                     *             "fromYuan": 1000,
                     *             "toYuan": 2000,
                     *             "persons": 0
                     *           },
                     *           {
                     *             "fromYuan": 2000,
                     *             "toYuan": 5000,
                     *             "persons": 0
                     *           },
                     *           {
                     *             "fromYuan": 5000,
                     *             "toYuan": null,
                     *             "persons": 0
                     *           }
                     *         ]
                     *       },
                     *       "inconsistencies": {
                     *         "baselineEqualsRecorded": true,
                     *         "claims": 0,
                     *         "byReason": {
                     *           "cannot-resettle": 0,
                     *           "posting-order-or-void": 0,
                     *           "unexplained": 0
                     *         },
                     *         "difference": {
                     *           "basicInsurance": 0,
                     *           "criticalIllnessInsurance": 0,
                     *           "medicalAssistance": 0,
                     *           "commercialInsurance": 0,
                     *           "safetyNetFund": 0,
                     *           "hospital": 0,
                     *           "patient": 0,
                     *           "financeDeliveryFee": 0
                     *         },
                     *         "items": []
                     *       },
                     *       "files": {
                     *         "json": "https://files.zlt.example.cn/zlt-local-files/simulations/7ac354d4-6087-4ab5-8c96-7b3470f8146c/result.json?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Content-Sha256=UNSIGNED-PAYLOAD&X-Amz-Credential=S3RVER%2F20261201%2Fcn-north-1%2Fs3%2Faws4_request&X-Amz-Date=20191201T012036Z&X-Amz-Expires=300&X-Amz-Signature=f21069d573387ce27edd588984639e95d096ce94f476b650b02eb305c8a076eb&X-Amz-SignedHeaders=host&x-id=GetObject",
                     *         "csv": "https://files.zlt.example.cn/zlt-local-files/simulations/7ac354d4-6087-4ab5-8c96-7b3470f8146c/result.csv?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Content-Sha256=UNSIGNED-PAYLOAD&X-Amz-Credential=S3RVER%2F20261201%2Fcn-north-1%2Fs3%2Faws4_request&X-Amz-Date=20191201T012036Z&X-Amz-Expires=300&X-Amz-Signature=a288e218e225968eb4da9be21ef9681989408d320fd6341a312c834147dd3b1d&X-Amz-SignedHeaders=host&x-id=GetObject",
                     *         "xlsx": "https://files.zlt.example.cn/zlt-local-files/simulations/7ac354d4-6087-4ab5-8c96-7b3470f8146c/result.xlsx?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Content-Sha256=UNSIGNED-PAYLOAD&X-Amz-Credential=S3RVER%2F20261201%2Fcn-north-1%2Fs3%2Faws4_request&X-Amz-Date=20191201T012036Z&X-Amz-Expires=300&X-Amz-Signature=3e87dd60b1a826769cee10c826760d0ef6a2077a58eee5145ad5ed3a67ac8dbf&X-Amz-SignedHeaders=host&x-id=GetObject"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Simulation"];
                };
            };
            /** @description Bad input: `details` lists each bad field with its path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation-error";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthorized";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Valid caller outside its scope; nothing changed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "simulation-not-found";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description Internal error; no internals are shown */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal-error";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
            /** @description A backing service did not answer in time; nothing changed, retry after the given seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unavailable";
                            details: components["schemas"]["ErrorDetail"][];
                            message: string;
                        };
                    };
                };
            };
        };
    };
}
