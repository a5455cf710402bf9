/* Generated from docs/openapi.json by `npm run web:client`. Do not edit. */

export interface paths {
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
                     *           "claimId": "C-mx3v27az3sy479",
                     *           "personId": "159999********167X",
                     *           "kind": "inpatient",
                     *           "serviceDate": "2019-03-10",
                     *           "status": "settled",
                     *           "settledAt": "2019-11-30T22:49:58.464Z",
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
                     *           "claimId": "GL-mx3v6i289aby3r",
                     *           "personId": "159999********6564",
                     *           "kind": "inpatient",
                     *           "serviceDate": "2019-03-10",
                     *           "status": "settled",
                     *           "settledAt": "2019-11-30T22:53:17.215Z",
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
                     *           "claimId": "GL-mx3v6i58evcg0e",
                     *           "personId": "159999********9009",
                     *           "kind": "inpatient",
                     *           "serviceDate": "2019-03-10",
                     *           "status": "settled",
                     *           "settledAt": "2019-11-30T22:53:17.295Z",
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
                     *           "claimId": "GL-mx3v6i653rx3in",
                     *           "personId": "159999********9009",
                     *           "kind": "inpatient",
                     *           "serviceDate": "2019-03-20",
                     *           "status": "voided",
                     *           "settledAt": "2019-11-30T22:53:17.328Z",
                     *           "voidedAt": "2019-11-30T22:53:17.360Z",
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
                     *           "claimId": "HM-mx3v6kg26t542c",
                     *           "personId": "159999********6909",
                     *           "kind": "inpatient",
                     *           "serviceDate": "2019-03-10",
                     *           "status": "settled",
                     *           "settledAt": "2019-11-30T22:53:20.268Z",
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
                     *           "claimId": "HM-mx3v6kgk8mfavb",
                     *           "personId": "159999********6909",
                     *           "kind": "inpatient",
                     *           "serviceDate": "2019-03-25",
                     *           "status": "voided",
                     *           "settledAt": "2019-11-30T22:53:20.284Z",
                     *           "voidedAt": "2019-11-30T22:53:20.302Z",
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
                     *           "claimId": "R-mx3v3d1e8l2et7",
                     *           "personId": "159999********8935",
                     *           "kind": "inpatient",
                     *           "serviceDate": "2019-03-10",
                     *           "status": "settled",
                     *           "settledAt": "2019-11-30T22:50:51.133Z",
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
                     *           "claimId": "V-mx3v3fdn5njhqh",
                     *           "personId": "159999********1936",
                     *           "kind": "inpatient",
                     *           "serviceDate": "2019-03-10",
                     *           "status": "voided",
                     *           "settledAt": "2019-11-30T22:50:53.737Z",
                     *           "voidedAt": "2019-11-30T22:50:54.642Z",
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
                     *           "claimId": "V-mx3v3fdn5njhqh-2",
                     *           "personId": "159999********1936",
                     *           "kind": "inpatient",
                     *           "serviceDate": "2019-03-10",
                     *           "status": "settled",
                     *           "settledAt": "2019-11-30T22:50:55.186Z",
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
                 *       "claimId": "HIS-mx3v80nb6ep8v6",
                 *       "personId": "159999198409231567",
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
                     *       "claimId": "HIS-mx3v80nb6ep8v6",
                     *       "hospitalId": "clinic-zhonghe",
                     *       "personId": "159999198409231567",
                     *       "status": "settled",
                     *       "policyId": "zhalantun-2019",
                     *       "settledAt": "2019-11-30T22:54:27.971Z",
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
                /** @example HIS-mx3v7zqweblj40 */
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
                     *       "claimId": "HIS-mx3v7zqweblj40",
                     *       "hospitalId": "zlt-peoples",
                     *       "personId": "159999196204264067",
                     *       "status": "settled",
                     *       "policyId": "zhalantun-2019",
                     *       "settledAt": "2019-11-30T22:54:26.794Z",
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
                /** @example HM-mx3v6kgk8mfavb */
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
                     *       "claimId": "HM-mx3v6kgk8mfavb",
                     *       "hospitalId": "zlt-peoples",
                     *       "personId": "159999197008206905",
                     *       "status": "voided",
                     *       "policyId": "zhalantun-2019",
                     *       "settledAt": "2019-11-30T22:53:20.284Z",
                     *       "voidedAt": "2019-11-30T22:53:20.302Z",
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
                 * @example 159999200204166909
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
                     *       "personId": "159999200204166909",
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
                 *       "participantId": "W-mx3v64d5cez40h",
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
                     *       "participantId": "W-mx3v64d5cez40h",
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
                     *           "personId": "159999194811112998",
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
                 *       "personId": "159999197504285737",
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
                     *       "personId": "159999197504285737",
                     *       "householdId": "HH-GLR-mx3v6jm06r9l4o",
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
                 * @example 15999919940622135X
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
                     *       "householdId": "HH-T-mx3v642x3pzhvm",
                     *       "postNo": 1,
                     *       "personId": "15999919940622135X",
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
                 *       "paymentId": "OB-mx3v61y07kpcaz",
                 *       "studentId": "159999194401286290",
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
                     *       "paymentId": "OB-mx3v61y07kpcaz",
                     *       "studentId": "159999194401286290",
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
                 *       "paymentId": "EP-mx3v623nasst44",
                 *       "studentId": "159999194705244911",
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
                     *       "paymentId": "EP-mx3v623nasst44",
                     *       "studentId": "159999194705244911",
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
                 *       "studentId": "15999920051102138X",
                 *       "name": "示例学生",
                 *       "householdId": "HH-S-mx3v7ola8lnztc",
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
                     *       "studentId": "15999920051102138X",
                     *       "name": "示例学生",
                     *       "householdId": "HH-S-mx3v7ola8lnztc",
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
                 * @example 159999194401286290
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
                     *         "studentId": "159999194401286290",
                     *         "householdId": "HH-L-mx3v61xfc0wpd3",
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
                     *           "studentId": "159999194401286290",
                     *           "academicYear": 2016,
                     *           "stage": "university-junior-college",
                     *           "paymentId": "OB-mx3v61y07kpcaz",
                     *           "openingBalance": true
                     *         },
                     *         {
                     *           "studentId": "159999194401286290",
                     *           "clause": "E 三.(二).2",
                     *           "amount": 10000,
                     *           "academicYear": 2018,
                     *           "stage": "university-junior-college",
                     *           "paidBy": "local-education-bureau",
                     *           "paymentId": "EP-mx3v61z314jluo",
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
                     *           "at": "2019-11-30T22:52:56.270Z",
                     *           "after": {
                     *             "studentId": "159999194401286290",
                     *             "householdId": "HH-L-mx3v61xfc0wpd3",
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
                 * @example 15999920051102138X
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
                     *         "159999198209027465",
                     *         "15999920051102138X",
                     *         "159999194401286290",
                     *         "159999194705244911",
                     *         "159999195606141858",
                     *         "159999195711201437",
                     *         "159999201002093427"
                     *       ],
                     *       "unverified": [
                     *         "15999920130527580X"
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
                /** @example sec-formula-mx3v7l0ibnvq7k */
                hospitalId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "hospitalId": "sec-formula-mx3v7l0ibnvq7k",
                 *       "name": "@SUM(A1:A9)",
                 *       "level": "county",
                 *       "grade": "secondary",
                 *       "secondaryOutOfCatalogueLimit": false,
                 *       "majorDiseaseDesignated": false,
                 *       "cataractProgramme": false,
                 *       "inCounty": true
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
                     *       "hospitalId": "sec-formula-mx3v7l0ibnvq7k",
                     *       "name": "@SUM(A1:A9)",
                     *       "level": "county",
                     *       "grade": "secondary",
                     *       "secondaryOutOfCatalogueLimit": false,
                     *       "majorDiseaseDesignated": false,
                     *       "cataractProgramme": false,
                     *       "inCounty": true
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
                /** @example his-test-850a99e9f71e */
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
                     *       "clientId": "his-test-850a99e9f71e",
                     *       "hospitalId": "clinic-zhonghe",
                     *       "label": "clinic",
                     *       "registeredBy": "local-insurance-bureau",
                     *       "registeredAt": "2019-11-30T22:54:27.676Z"
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
                /** @example his-test-850a99e9f71e */
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
                /** @example HH-GLR-mx3v6jm06r9l4o */
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
                     *       "householdId": "HH-GLR-mx3v6jm06r9l4o",
                     *       "township": "moguqi",
                     *       "village": "测试村",
                     *       "members": [
                     *         {
                     *           "personId": "159999197504285737",
                     *           "name": "护林员丙",
                     *           "householdId": "HH-GLR-mx3v6jm06r9l4o",
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
                     *           "personId": "159999197504285737",
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
                /** @example HH-SEC-mx3v8568cobhey */
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
                     *       "householdId": "HH-SEC-mx3v8568cobhey",
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
                /** @example AeNt7WtWzuENNC15DwzIAuoCsZdMnpGM6PYWnmDdJ9zNCdP_okor2jHC0xVOUSJw8-PI78yGg8KSNFjyYfT0CiI_spXfqmIJIs1lwj_lMlm8jUMcbuO9ipAPIPHqhC6sWMa7efcLSkOhD6T0zbHIS5_keUvEFsqpzBq4WaJIR8FmIqCeabJtmpqgeU07pjCG8n5Hb-FN2Q */
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
                     *           "householderId": "159999199912029096",
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
                     *           "householdId": "HH-HC-mx3v5oey91ayhd",
                     *           "mode": "self-build",
                     *           "plannedArea": 55,
                     *           "appliedOn": "2019-01-10",
                     *           "safetyNet": false,
                     *           "caseId": "HC-HH-HC-mx3v5oey91ayhd",
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
                     *       "nextToken": "AeAQCQ_FpTrBmpcEcyV-JnXCoRIYl-HfiCHyIwApcobp9dUGPcAbkaM0CkbaEKpWc3VXXJaGDR6Hs5gXZgmBfqiLw9NFFuiEc0Mb3Q4ynlAE-0Jxx3UbYRpTVTCiP0kFmOkhzt1UHIlxqpWFZ6hMy_tjglmE14Uk063x5d-L0_Z2ri0nZMWw8TH1Uwz8LCaaimUD-q5vMA"
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
                 *       "householdId": "HH-SP-mx3v7bnan7u23",
                 *       "householderId": "15999920110726208X",
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
                     *       "caseId": "HC-HH-SP-mx3v7bnan7u23",
                     *       "policyId": "housing-2019",
                     *       "programme": "R1",
                     *       "householdId": "HH-SP-mx3v7bnan7u23",
                     *       "householderId": "15999920110726208X",
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
                     *           "caseId": "HC-HH-SP-mx3v7bnan7u23",
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
                     *             "householdId": "HH-SP-mx3v7bnan7u23",
                     *             "householderId": "15999920110726208X",
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
                /** @example HC-HH-B-mx3v6reva98m7 */
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
                     *       "completionBy": "2019-08-15",
                     *       "householderId": "159999198208267221",
                     *       "stableExit": false,
                     *       "appliedGrade": "D",
                     *       "largeHousehold": false,
                     *       "photos": {
                     *         "accepted": {
                     *           "before": 1,
                     *           "after": 1,
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
                     *       "preliminaryAcceptance": {
                     *         "builtArea": 50,
                     *         "oldHouse": "demolished",
                     *         "on": "2019-07-20"
                     *       },
                     *       "householdId": "HH-B-mx3v6reva98m7",
                     *       "mode": "self-build",
                     *       "plannedArea": 50,
                     *       "appliedOn": "2019-04-01",
                     *       "safetyNet": false,
                     *       "movedOut": {
                     *         "arrangement": "借住亲属家",
                     *         "on": "2019-04-28"
                     *       },
                     *       "caseId": "HC-HH-B-mx3v6reva98m7",
                     *       "appraisal": {
                     *         "grade": "D",
                     *         "appraiser": "示例鉴定所",
                     *         "on": "2019-04-20"
                     *       },
                     *       "identityPassedBy": [
                     *         "poverty-office"
                     *       ],
                     *       "village": "示例村",
                     *       "programme": "R1",
                     *       "lastEventOn": "2019-07-20",
                     *       "constructionStartedOn": "2019-05-01",
                     *       "attestations": {
                     *         "agriculturalRegistration": {
                     *           "by": "示例村委会",
                     *           "on": "2019-01-01"
                     *         },
                     *         "housing": {
                     *           "by": "镇扶贫办",
                     *           "on": "2019-01-01"
                     *         },
                     *         "livesInVillage": {
                     *           "by": "示例村委会",
                     *           "on": "2019-01-01"
                     *         }
                     *       },
                     *       "inRelocationPlan": false,
                     *       "version": 12,
                     *       "policyId": "housing-2019",
                     *       "createdBy": {
                     *         "sub": "local-township-moguqi",
                     *         "township": "moguqi",
                     *         "role": "township"
                     *       },
                     *       "grade": "D",
                     *       "township": "moguqi",
                     *       "status": "preliminary-accepted",
                     *       "next": {
                     *         "step": "final-acceptance",
                     *         "roles": [
                     *           "housing-office"
                     *         ],
                     *         "actions": [
                     *           {
                     *             "type": "final-acceptance",
                     *             "roles": [
                     *               "housing-office"
                     *             ]
                     *           },
                     *           {
                     *             "type": "return",
                     *             "roles": [
                     *               "housing-office"
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
                     *         "present": 2,
                     *         "missing": [
                     *           "application",
                     *           "householder",
                     *           "identity-proof",
                     *           "income-proof",
                     *           "appraisal-report",
                     *           "approval",
                     *           "agreement"
                     *         ],
                     *         "overdue": [
                     *           "application",
                     *           "householder",
                     *           "identity-proof",
                     *           "income-proof",
                     *           "appraisal-report",
                     *           "approval",
                     *           "agreement"
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
                     *             "due": true
                     *           },
                     *           {
                     *             "kind": "approval",
                     *             "dueAfter": "approval",
                     *             "requiredAt": "final-acceptance",
                     *             "clause": "R1 七.(四), 八.(三), 九.(五); R2 六.(四), 七.(三), 八.(五)",
                     *             "present": false,
                     *             "due": true
                     *           },
                     *           {
                     *             "kind": "agreement",
                     *             "dueAfter": "agreement",
                     *             "requiredAt": "final-acceptance",
                     *             "clause": "R1 九.(二), 九.(五); R2 八.(二), 八.(五)",
                     *             "present": false,
                     *             "due": true
                     *           },
                     *           {
                     *             "kind": "before",
                     *             "dueAfter": "applied",
                     *             "requiredAt": "final-acceptance",
                     *             "clause": "R1 七.(一), 九.(五); R2 六.(一), 八.(五)",
                     *             "present": true,
                     *             "due": true
                     *           },
                     *           {
                     *             "kind": "after",
                     *             "dueAfter": "preliminary-acceptance",
                     *             "requiredAt": "final-acceptance",
                     *             "clause": "R1 九.(五); R2 八.(五)",
                     *             "present": true,
                     *             "due": true
                     *           }
                     *         ]
                     *       },
                     *       "history": [
                     *         {
                     *           "actor": {
                     *             "sub": "local-township-moguqi",
                     *             "township": "moguqi",
                     *             "role": "township"
                     *           },
                     *           "data": {
                     *             "subsidy": 25232,
                     *             "identityBasis": "registered-poor",
                     *             "attestations": {
                     *               "agriculturalRegistration": {
                     *                 "by": "示例村委会",
                     *                 "on": "2019-01-01"
                     *               },
                     *               "housing": {
                     *                 "by": "镇扶贫办",
                     *                 "on": "2019-01-01"
                     *               },
                     *               "livesInVillage": {
                     *                 "by": "示例村委会",
                     *                 "on": "2019-01-01"
                     *               }
                     *             },
                     *             "householderId": "159999198208267221",
                     *             "householdId": "HH-B-mx3v6reva98m7",
                     *             "mode": "self-build",
                     *             "plannedArea": 50,
                     *             "appliedOn": "2019-04-01",
                     *             "policyId": "housing-2019",
                     *             "safetyNet": false,
                     *             "grade": "D",
                     *             "village": "示例村",
                     *             "programme": "R1",
                     *             "township": "moguqi"
                     *           },
                     *           "caseId": "HC-HH-B-mx3v6reva98m7",
                     *           "statusBefore": null,
                     *           "type": "applied",
                     *           "seq": 1,
                     *           "statusAfter": "applied",
                     *           "on": "2019-04-01"
                     *         },
                     *         {
                     *           "actor": {
                     *             "sub": "local-township-moguqi",
                     *             "township": "moguqi",
                     *             "role": "township"
                     *           },
                     *           "data": {
                     *             "passed": true
                     *           },
                     *           "caseId": "HC-HH-B-mx3v6reva98m7",
                     *           "statusBefore": "applied",
                     *           "type": "village-review",
                     *           "seq": 2,
                     *           "statusAfter": "village-reviewed",
                     *           "on": "2019-04-02"
                     *         },
                     *         {
                     *           "actor": {
                     *             "sub": "local-township-moguqi",
                     *             "township": "moguqi",
                     *             "role": "township"
                     *           },
                     *           "data": {
                     *             "days": 5,
                     *             "from": "2019-04-03",
                     *             "objections": "none",
                     *             "to": "2019-04-07"
                     *           },
                     *           "caseId": "HC-HH-B-mx3v6reva98m7",
                     *           "statusBefore": "village-reviewed",
                     *           "type": "village-notice",
                     *           "seq": 3,
                     *           "statusAfter": "village-noticed",
                     *           "on": "2019-04-08"
                     *         },
                     *         {
                     *           "actor": {
                     *             "sub": "local-township-moguqi",
                     *             "township": "moguqi",
                     *             "role": "township"
                     *           },
                     *           "data": {
                     *             "homeVisitOn": "2019-04-09",
                     *             "meetingOn": "2019-04-11",
                     *             "passed": true
                     *           },
                     *           "caseId": "HC-HH-B-mx3v6reva98m7",
                     *           "statusBefore": "village-noticed",
                     *           "type": "township-review",
                     *           "seq": 4,
                     *           "statusAfter": "township-reviewed",
                     *           "on": "2019-04-12"
                     *         },
                     *         {
                     *           "actor": {
                     *             "sub": "local-township-moguqi",
                     *             "township": "moguqi",
                     *             "role": "township"
                     *           },
                     *           "data": {
                     *             "days": 5,
                     *             "from": "2019-04-13",
                     *             "objections": "none",
                     *             "to": "2019-04-17"
                     *           },
                     *           "caseId": "HC-HH-B-mx3v6reva98m7",
                     *           "statusBefore": "township-reviewed",
                     *           "type": "township-notice",
                     *           "seq": 5,
                     *           "statusAfter": "township-noticed",
                     *           "on": "2019-04-18"
                     *         },
                     *         {
                     *           "actor": {
                     *             "sub": "local-poverty-office",
                     *             "role": "poverty-office"
                     *           },
                     *           "data": {
                     *             "complete": true,
                     *             "passedBy": [
                     *               "poverty-office"
                     *             ],
                     *             "passed": true
                     *           },
                     *           "caseId": "HC-HH-B-mx3v6reva98m7",
                     *           "statusBefore": "township-noticed",
                     *           "type": "identity-check",
                     *           "seq": 6,
                     *           "statusAfter": "identity-checked",
                     *           "on": "2019-04-19"
                     *         },
                     *         {
                     *           "actor": {
                     *             "sub": "local-housing-office",
                     *             "role": "housing-office"
                     *           },
                     *           "data": {
                     *             "mode": "self-build",
                     *             "plannedArea": 50,
                     *             "subsidy": 25232,
                     *             "gradeBefore": "D",
                     *             "grade": "D",
                     *             "appraiser": "示例鉴定所",
                     *             "subsidyRule": "subsidy.dGradeNewBuild"
                     *           },
                     *           "caseId": "HC-HH-B-mx3v6reva98m7",
                     *           "statusBefore": "identity-checked",
                     *           "type": "appraisal",
                     *           "seq": 7,
                     *           "statusAfter": "appraised",
                     *           "on": "2019-04-20"
                     *         },
                     *         {
                     *           "actor": {
                     *             "sub": "local-housing-office",
                     *             "role": "housing-office"
                     *           },
                     *           "data": {
                     *             "days": 5,
                     *             "objections": "none",
                     *             "noticeFrom": "2019-04-21",
                     *             "enteredNationalSystem": true,
                     *             "noticeTo": "2019-04-25"
                     *           },
                     *           "caseId": "HC-HH-B-mx3v6reva98m7",
                     *           "statusBefore": "appraised",
                     *           "type": "approval",
                     *           "seq": 8,
                     *           "statusAfter": "approved",
                     *           "on": "2019-04-26"
                     *         },
                     *         {
                     *           "actor": {
                     *             "sub": "local-township-moguqi",
                     *             "township": "moguqi",
                     *             "role": "township"
                     *           },
                     *           "data": {
                     *             "beyondDeadline": false,
                     *             "completionBy": "2019-08-15"
                     *           },
                     *           "caseId": "HC-HH-B-mx3v6reva98m7",
                     *           "statusBefore": "approved",
                     *           "type": "agreement",
                     *           "seq": 9,
                     *           "statusAfter": "agreement-signed",
                     *           "on": "2019-04-27"
                     *         },
                     *         {
                     *           "actor": {
                     *             "sub": "local-township-moguqi",
                     *             "township": "moguqi",
                     *             "role": "township"
                     *           },
                     *           "data": {
                     *             "arrangement": "借住亲属家"
                     *           },
                     *           "caseId": "HC-HH-B-mx3v6reva98m7",
                     *           "statusBefore": "agreement-signed",
                     *           "type": "moved-out",
                     *           "seq": 10,
                     *           "statusAfter": "moved-out",
                     *           "on": "2019-04-28"
                     *         },
                     *         {
                     *           "actor": {
                     *             "sub": "local-township-moguqi",
                     *             "township": "moguqi",
                     *             "role": "township"
                     *           },
                     *           "data": {},
                     *           "caseId": "HC-HH-B-mx3v6reva98m7",
                     *           "statusBefore": "moved-out",
                     *           "type": "construction-start",
                     *           "seq": 11,
                     *           "statusAfter": "under-construction",
                     *           "on": "2019-05-01"
                     *         },
                     *         {
                     *           "actor": {
                     *             "sub": "local-township-moguqi",
                     *             "township": "moguqi",
                     *             "role": "township"
                     *           },
                     *           "data": {
                     *             "builtArea": 50,
                     *             "oldHouse": "demolished"
                     *           },
                     *           "caseId": "HC-HH-B-mx3v6reva98m7",
                     *           "statusBefore": "under-construction",
                     *           "type": "preliminary-acceptance",
                     *           "seq": 12,
                     *           "statusAfter": "preliminary-accepted",
                     *           "on": "2019-07-20"
                     *         }
                     *       ],
                     *       "photoList": [
                     *         {
                     *           "photoId": "71396ff5-93ef-4511-b2e4-30b160ccd8f6",
                     *           "kind": "after",
                     *           "contentType": "image/jpeg",
                     *           "status": "accepted",
                     *           "decidedOn": "2019-12-01",
                     *           "width": 640,
                     *           "height": 480
                     *         },
                     *         {
                     *           "photoId": "842c327e-2365-4b3d-9d71-152e7200e01e",
                     *           "kind": "before",
                     *           "contentType": "image/jpeg",
                     *           "status": "accepted",
                     *           "decidedOn": "2019-12-01",
                     *           "width": 640,
                     *           "height": 480
                     *         }
                     *       ]
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
                /** @example HC-HH-B-mx3v6te2bbn2gb */
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "type": "village-review",
                 *       "on": "2019-05-03",
                 *       "passed": true
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
                     *       "householderId": "159999199903159534",
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
                     *       "householdId": "HH-B-mx3v6te2bbn2gb",
                     *       "mode": "self-build",
                     *       "plannedArea": 50,
                     *       "appliedOn": "2019-05-01",
                     *       "safetyNet": false,
                     *       "caseId": "HC-HH-B-mx3v6te2bbn2gb",
                     *       "identityPassedBy": [],
                     *       "village": "示例村",
                     *       "programme": "R1",
                     *       "lastEventOn": "2019-05-03",
                     *       "attestations": {
                     *         "agriculturalRegistration": {
                     *           "by": "示例村委会",
                     *           "on": "2019-01-01"
                     *         },
                     *         "housing": {
                     *           "by": "镇扶贫办",
                     *           "on": "2019-01-01"
                     *         },
                     *         "livesInVillage": {
                     *           "by": "示例村委会",
                     *           "on": "2019-01-01"
                     *         }
                     *       },
                     *       "inRelocationPlan": false,
                     *       "version": 2,
                     *       "policyId": "housing-2019",
                     *       "createdBy": {
                     *         "sub": "local-township-moguqi",
                     *         "township": "moguqi",
                     *         "role": "township"
                     *       },
                     *       "grade": "D",
                     *       "township": "moguqi",
                     *       "status": "village-reviewed",
                     *       "next": {
                     *         "step": "village-notice",
                     *         "roles": [
                     *           "township"
                     *         ],
                     *         "actions": [
                     *           {
                     *             "type": "village-notice",
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
                     *       "event": {
                     *         "caseId": "HC-HH-B-mx3v6te2bbn2gb",
                     *         "seq": 2,
                     *         "type": "village-review",
                     *         "on": "2019-05-03",
                     *         "actor": {
                     *           "sub": "local-township-moguqi",
                     *           "role": "township",
                     *           "township": "moguqi"
                     *         },
                     *         "data": {
                     *           "passed": true
                     *         },
                     *         "statusBefore": "applied",
                     *         "statusAfter": "village-reviewed"
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
                /** @example HC-HH-SP-mx3v7bnan7u23 */
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
                     *       "photoId": "b6af545d-bf44-4d22-a919-7b4f6c3d1b77",
                     *       "upload": {
                     *         "url": "https://files.zlt.example.cn/zlt-local-files",
                     *         "fields": {
                     *           "Content-Type": "image/jpeg",
                     *           "bucket": "zlt-local-files",
                     *           "X-Amz-Algorithm": "AWS4-HMAC-SHA256",
                     *           "X-Amz-Credential": "S3RVER/20261130/cn-north-1/s3/aws4_request",
                     *           "X-Amz-Date": "20191130T225355Z",
                     *           "key": "housing/HC-HH-SP-mx3v7bnan7u23/photos/b6af545d-bf44-4d22-a919-7b4f6c3d1b77",
                     *           "Policy": "eyJleHBpcmF0aW9uIjoiMjAyNi0xMS0zMFQyMjo1NToyN1oiLCJjb25kaXRpb25zIjpbeyJidWNrZXQiOiJ6bHQtbG9jYWwtZmlsZXMifSxbImVxIiwiJGtleSIsImhvdXNpbmcvSEMtSEgtU1AtbXgzdjdibmFuN3UyMy9waG90b3MvYjZhZjU0NWQtYmY0NC00ZDIyLWE5MTktN2I0ZjZjM2QxYjc3Il0sWyJlcSIsIiRDb250ZW50LVR5cGUiLCJpbWFnZS9qcGVnIl0sWyJjb250ZW50LWxlbmd0aC1yYW5nZSIsMSwyMDk3MTUyXSx7IkNvbnRlbnQtVHlwZSI6ImltYWdlL2pwZWcifSx7IlgtQW16LUFsZ29yaXRobSI6IkFXUzQtSE1BQy1TSEEyNTYifSx7IlgtQW16LUNyZWRlbnRpYWwiOiJTM1JWRVIvMjAyNjExMzAvY24tbm9ydGgtMS9zMy9hd3M0X3JlcXVlc3QifSx7IlgtQW16LURhdGUiOiIyMDI2MTEzMFQyMjUzNTVaIn0seyJrZXkiOiJob3VzaW5nL0hDLUhILVNQLW14M3Y3Ym5hbjd1MjMvcGhvdG9zL2I2YWY1NDVkLWJmNDQtNGQyMi1hOTE5LTdiNGY2YzNkMWI3NyJ9XX0=",
                     *           "X-Amz-Signature": "65dfca0860657750326fcfd446f7b89865d0f3f3d2f193fdbb0c344ca2dcb2f5"
                     *         }
                     *       },
                     *       "expiresAt": "2019-11-30T22:55:27.787Z"
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
                /** @example HC-HH-SP-mx3v7b8q1d0dth */
                caseId: string;
                /** @example 7e99e2bf-2714-4733-b64e-dd113b52e4ac */
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
                     *       "url": "https://files.zlt.example.cn/zlt-local-files/evidence/housing/HC-HH-SP-mx3v7b8q1d0dth/7e99e2bf-2714-4733-b64e-dd113b52e4ac/cadfd38c1b8c3517d42ea2c23c30130c55a52120d538b6c452e9a83aafb8c69a?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Content-Sha256=UNSIGNED-PAYLOAD&X-Amz-Credential=S3RVER%2F20261130%2Fcn-north-1%2Fs3%2Faws4_request&X-Amz-Date=20191130T225355Z&X-Amz-Expires=300&X-Amz-Signature=bddda90ef8358dcceb5b73547587fe55fcab707515e4de183738b44f4318bdd2&X-Amz-SignedHeaders=host&response-content-disposition=attachment%3B%20filename%3D%227e99e2bf-2714-4733-b64e-dd113b52e4ac.jpg%22&response-content-type=image%2Fjpeg&x-id=GetObject"
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
                 * @example 分戊壬乙壬戊癸乙辛庚丙
                 */
                q: string;
                /** @example chaihe */
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
                     *           "personId": "159999196903118579",
                     *           "name": "分戊壬乙壬戊癸乙辛庚丙",
                     *           "householdId": "HH-T-mx3v7nuo98tg5c",
                     *           "township": "chaihe",
                     *           "village": "测试村",
                     *           "registeredFrom": "2016-01-01",
                     *           "insuredYears": [
                     *             2019
                     *           ],
                     *           "flags": []
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
                 * @example 159999198107285957
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
                     *       "personId": "159999198107285957",
                     *       "name": "成员乙",
                     *       "householdId": "HH-GL-mx3v6k3690fxjh",
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
                     *             "at": "2019-11-30T22:53:19.842Z",
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
                 * @example 159999194708113407
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
                     *       "personId": "159999194708113407",
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
                 * @example 159999194708113407
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
                     *       "personId": "159999194708113407",
                     *       "name": "测试甲",
                     *       "householdId": "HH-T-mx3v7fbs5hjz78",
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
                     *         "commercialInsurance": 4069.11
                     *       },
                     *       "persons": 2,
                     *       "policyId": "zhalantun-2019",
                     *       "reason": "医保局:补结算",
                     *       "recoverableTotal": 900,
                     *       "refundTotal": 4069.11,
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
                     *           "personId": "159999********1936",
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
                     *           "personId": "159999********8935",
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
                     *           "personId": "159999********167X",
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
                     *           "personId": "159999********4258",
                     *           "recoverable": 900,
                     *           "refund": 900
                     *         },
                     *         {
                     *           "adjustment": 0,
                     *           "beyondDeductibles": 5521.23,
                     *           "cap": 2000,
                     *           "changes": "unchanged",
                     *           "due": 2352.12,
                     *           "generalAdmissions": 6,
                     *           "highestLevel": "county",
                     *           "otherBasis": "all-admissions",
                     *           "otherCap": 2000,
                     *           "otherDue": 2352.12,
                     *           "otherHighestLevel": "county",
                     *           "otherRefund": 3169.11,
                     *           "paidBefore": 3169.11,
                     *           "paidBeyondDeductibles": 5521.23,
                     *           "personId": "159999********642X",
                     *           "recoverable": 0,
                     *           "refund": 3169.11
                     *         }
                     *       ],
                     *       "year": 2019,
                     *       "revision": 5,
                     *       "reportKey": "reports/reconciliation/2019/r5/report.json",
                     *       "files": {
                     *         "json": "https://files.zlt.example.cn/zlt-local-files/reports/reconciliation/2019/r5/report.json?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Content-Sha256=UNSIGNED-PAYLOAD&X-Amz-Credential=S3RVER%2F20261130%2Fcn-north-1%2Fs3%2Faws4_request&X-Amz-Date=20191130T225104Z&X-Amz-Expires=300&X-Amz-Signature=26a87e22f951dbef450436216682fb37726ad39dd294e7f15aeb8cebc8b83834&X-Amz-SignedHeaders=host&x-id=GetObject",
                     *         "csv": "https://files.zlt.example.cn/zlt-local-files/reports/reconciliation/2019/r5/report.csv?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Content-Sha256=UNSIGNED-PAYLOAD&X-Amz-Credential=S3RVER%2F20261130%2Fcn-north-1%2Fs3%2Faws4_request&X-Amz-Date=20191130T225104Z&X-Amz-Expires=300&X-Amz-Signature=ddb8847a00321fb9384dd4dd44cdecb58d53fa5f5223364546103cbc4fd340a0&X-Amz-SignedHeaders=host&x-id=GetObject"
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
                     *       "refundTotal": 4069.11,
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
                     *           "hospitalId": "sec-formula-mx3v7kkllp12h",
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
                     *           "hospitalId": "sec-formula-mx3v7kso476toj",
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
                     *           "hospitalId": "sec-formula-mx3v7kv34xw9nd",
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
                     *           "hospitalId": "sec-formula-mx3v7l0ibnvq7k",
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
                     *           "insured": 87,
                     *           "met": false,
                     *           "percent": 60.84,
                     *           "registered": 143,
                     *           "targetPercent": 100,
                     *           "uninsured": [
                     *             {
                     *               "householdId": "HH-RES-mx3v6mmb9ma98q-20",
                     *               "name": "续**",
                     *               "personId": "159999********029X",
                     *               "township": "wadi",
                     *               "village": "洼堤测试村1"
                     *             },
                     *             {
                     *               "householdId": "HH-RES-mx3v6mmb9ma98q-12",
                     *               "name": "续**",
                     *               "personId": "159999********1105",
                     *               "township": "wadi",
                     *               "village": "洼堤测试村1"
                     *             },
                     *             {
                     *               "householdId": "HH-IMP-mx3v666n5biaye-1",
                     *               "name": "导**",
                     *               "personId": "159999********1244",
                     *               "township": "wadi",
                     *               "village": "洼堤测试村5"
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
                     *         "json": "https://files.zlt.example.cn/zlt-local-files/reports/health/2019-12/r1/report.json?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Content-Sha256=UNSIGNED-PAYLOAD&X-Amz-Credential=S3RVER%2F20261130%2Fcn-north-1%2Fs3%2Faws4_request&X-Amz-Date=20191130T225408Z&X-Amz-Expires=300&X-Amz-Signature=4589f8db41087eb9214457f81458a3e3db463bd1881fc59ee985b1d6348774a6&X-Amz-SignedHeaders=host&x-id=GetObject",
                     *         "csv": "https://files.zlt.example.cn/zlt-local-files/reports/health/2019-12/r1/report.csv?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Content-Sha256=UNSIGNED-PAYLOAD&X-Amz-Credential=S3RVER%2F20261130%2Fcn-north-1%2Fs3%2Faws4_request&X-Amz-Date=20191130T225408Z&X-Amz-Expires=300&X-Amz-Signature=9260ec6b77cf5871d85f5a6d3c2e8eb2d64d1b27e091fe6875cee9ba39cdf8d6&X-Amz-SignedHeaders=host&x-id=GetObject",
                     *         "xlsx": "https://files.zlt.example.cn/zlt-local-files/reports/health/2019-12/r1/report.xlsx?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Content-Sha256=UNSIGNED-PAYLOAD&X-Amz-Credential=S3RVER%2F20261130%2Fcn-north-1%2Fs3%2Faws4_request&X-Amz-Date=20191130T225408Z&X-Amz-Expires=300&X-Amz-Signature=c738717284755e9c957cec10502dd4a11cb6ebfb51c6afe35f0014fe0ded7c34&X-Amz-SignedHeaders=host&x-id=GetObject"
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
                     *           "registered": 143,
                     *           "insured": 87,
                     *           "percent": 60.84,
                     *           "targetPercent": 100,
                     *           "met": false,
                     *           "clause": "H 三.(二).1.1), 四.(七)",
                     *           "uninsured": [
                     *             {
                     *               "personId": "159999********029X",
                     *               "name": "续**",
                     *               "householdId": "HH-RES-mx3v6mmb9ma98q-20",
                     *               "township": "wadi",
                     *               "village": "洼堤测试村1"
                     *             },
                     *             {
                     *               "personId": "159999********1105",
                     *               "name": "续**",
                     *               "householdId": "HH-RES-mx3v6mmb9ma98q-12",
                     *               "township": "wadi",
                     *               "village": "洼堤测试村1"
                     *             },
                     *             {
                     *               "personId": "159999********1244",
                     *               "name": "导**",
                     *               "householdId": "HH-IMP-mx3v666n5biaye-1",
                     *               "township": "wadi",
                     *               "village": "洼堤测试村5"
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
                     *         "json": "https://files.zlt.example.cn/zlt-local-files/reports/progress/2019-01-03/r1/report.json?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Content-Sha256=UNSIGNED-PAYLOAD&X-Amz-Credential=S3RVER%2F20261130%2Fcn-north-1%2Fs3%2Faws4_request&X-Amz-Date=20191130T225228Z&X-Amz-Expires=300&X-Amz-Signature=4665a55697c603e876226d4c3e98ef9a2eba7a93ed1ab750dfcdb7bbaa37bd40&X-Amz-SignedHeaders=host&x-id=GetObject",
                     *         "csv": "https://files.zlt.example.cn/zlt-local-files/reports/progress/2019-01-03/r1/report.csv?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Content-Sha256=UNSIGNED-PAYLOAD&X-Amz-Credential=S3RVER%2F20261130%2Fcn-north-1%2Fs3%2Faws4_request&X-Amz-Date=20191130T225228Z&X-Amz-Expires=300&X-Amz-Signature=0c0ce0d6ca2aa354de26a5648d1b8d48bae4a3fc0d02109a3dab73cb17503f77&X-Amz-SignedHeaders=host&x-id=GetObject",
                     *         "xlsx": "https://files.zlt.example.cn/zlt-local-files/reports/progress/2019-01-03/r1/report.xlsx?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Content-Sha256=UNSIGNED-PAYLOAD&X-Amz-Credential=S3RVER%2F20261130%2Fcn-north-1%2Fs3%2Faws4_request&X-Amz-Date=20191130T225228Z&X-Amz-Expires=300&X-Amz-Signature=f88aa02d17be428b0ccb1d43b1d9a51117cf730457901e0995ad86380c15efbd&X-Amz-SignedHeaders=host&x-id=GetObject"
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
                     *           "createdAt": "2019-11-30T22:53:07.003Z",
                     *           "processed": 1,
                     *           "total": 1,
                     *           "importId": "RI-20261130-094c00ad",
                     *           "createdBy": "df-mx3v69qi1s1gyy",
                     *           "missing": [],
                     *           "status": "checked",
                     *           "updatedAt": "2019-11-30T22:53:07.454Z"
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
                     *           "createdAt": "2019-11-30T22:53:06.401Z",
                     *           "processed": 2,
                     *           "total": 2,
                     *           "importId": "RI-20261130-6e07561d",
                     *           "createdBy": "df-mx3v69qi1s1gyy",
                     *           "loadedThrough": 2,
                     *           "missing": [],
                     *           "status": "loaded",
                     *           "updatedAt": "2019-11-30T22:53:06.950Z"
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
                     *         "importId": "RI-20261130-4e837075",
                     *         "office": "poverty-office",
                     *         "createdBy": "local-poverty-office",
                     *         "createdAt": "2019-11-30T22:53:07.712Z",
                     *         "updatedAt": "2019-11-30T22:53:07.712Z",
                     *         "fileName": "x.xlsx",
                     *         "status": "awaiting-upload",
                     *         "run": 0
                     *       },
                     *       "upload": {
                     *         "url": "https://files.zlt.example.cn/zlt-local-files",
                     *         "fields": {
                     *           "bucket": "zlt-local-files",
                     *           "X-Amz-Algorithm": "AWS4-HMAC-SHA256",
                     *           "X-Amz-Credential": "S3RVER/20261130/cn-north-1/s3/aws4_request",
                     *           "X-Amz-Date": "20191130T225307Z",
                     *           "key": "roster-imports/RI-20261130-4e837075/source",
                     *           "Policy": "eyJleHBpcmF0aW9uIjoiMjAyNi0xMS0zMFQyMzowODowN1oiLCJjb25kaXRpb25zIjpbeyJidWNrZXQiOiJ6bHQtbG9jYWwtZmlsZXMifSxbImVxIiwiJGtleSIsInJvc3Rlci1pbXBvcnRzL1JJLTIwMjYxMTMwLTRlODM3MDc1L3NvdXJjZSJdLFsiY29udGVudC1sZW5ndGgtcmFuZ2UiLDEsMTBdLHsiWC1BbXotQWxnb3JpdGhtIjoiQVdTNC1ITUFDLVNIQTI1NiJ9LHsiWC1BbXotQ3JlZGVudGlhbCI6IlMzUlZFUi8yMDI2MTEzMC9jbi1ub3J0aC0xL3MzL2F3czRfcmVxdWVzdCJ9LHsiWC1BbXotRGF0ZSI6IjIwMjYxMTMwVDIyNTMwN1oifSx7ImtleSI6InJvc3Rlci1pbXBvcnRzL1JJLTIwMjYxMTMwLTRlODM3MDc1L3NvdXJjZSJ9XX0=",
                     *           "X-Amz-Signature": "5d91818375c8cd05c59160793dfa23998ea9197bd2d414723b0c0f01a142f888"
                     *         }
                     *       },
                     *       "expiresAt": "2019-11-30T23:08:07.712Z"
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
                /** @example RI-20261130-acffe4da */
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
                     *       "createdAt": "2019-11-30T22:53:07.643Z",
                     *       "importId": "RI-20261130-acffe4da",
                     *       "createdBy": "local-poverty-office",
                     *       "status": "checking",
                     *       "updatedAt": "2019-11-30T22:53:07.665Z"
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
                /** @example RI-20261130-6e07561d */
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
                     *       "createdAt": "2019-11-30T22:53:06.401Z",
                     *       "processed": 0,
                     *       "total": 2,
                     *       "importId": "RI-20261130-6e07561d",
                     *       "createdBy": "df-mx3v69qi1s1gyy",
                     *       "loadedThrough": 0,
                     *       "missing": [],
                     *       "status": "loading",
                     *       "updatedAt": "2019-11-30T22:53:06.829Z"
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
                /** @example RI-20261130-6e07561d */
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
                     *       "createdAt": "2019-11-30T22:53:06.401Z",
                     *       "processed": 0,
                     *       "total": 2,
                     *       "importId": "RI-20261130-6e07561d",
                     *       "createdBy": "df-mx3v69qi1s1gyy",
                     *       "missing": [
                     *         "身份证号",
                     *         "姓名",
                     *         "户编号",
                     *         "乡镇",
                     *         "村"
                     *       ],
                     *       "status": "checking",
                     *       "updatedAt": "2019-11-30T22:53:06.556Z"
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
                 *           "personId": "159999196811072673",
                 *           "name": "测试甲",
                 *           "householdId": "HH-SEC-mx3v8568cobhey",
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
                     *       "simulationId": "e236f3c3-6bdf-4b55-b53a-d64789b21125",
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
                     *       "createdAt": "2019-11-30T22:53:44.913Z",
                     *       "finishedAt": "2019-11-30T22:53:45.024Z",
                     *       "budget": {
                     *         "cases": {
                     *           "counted": 21,
                     *           "closedWithoutSubsidy": 2
                     *         },
                     *         "totals": {
                     *           "cases": 21,
                     *           "recordedCommitted": 529872,
                     *           "recordedPaid": 50464,
                     *           "baseline": 529872,
                     *           "variant": 630000,
                     *           "change": 100128
                     *         },
                     *         "byProgramme": [
                     *           {
                     *             "key": "R1",
                     *             "cases": 21,
                     *             "recordedCommitted": 529872,
                     *             "recordedPaid": 50464,
                     *             "baseline": 529872,
                     *             "variant": 630000,
                     *             "change": 100128,
                     *             "plannedInvestment": 6406400
                     *           }
                     *         ],
                     *         "byTownship": [
                     *           {
                     *             "key": "dahewan",
                     *             "cases": 2,
                     *             "recordedCommitted": 50464,
                     *             "recordedPaid": 0,
                     *             "baseline": 50464,
                     *             "variant": 60000,
                     *             "change": 9536
                     *           },
                     *           {
                     *             "key": "haoraoshan",
                     *             "cases": 4,
                     *             "recordedCommitted": 100928,
                     *             "recordedPaid": 25232,
                     *             "baseline": 100928,
                     *             "variant": 120000,
                     *             "change": 19072
                     *           },
                     *           {
                     *             "key": "moguqi",
                     *             "cases": 2,
                     *             "recordedCommitted": 50464,
                     *             "recordedPaid": 0,
                     *             "baseline": 50464,
                     *             "variant": 60000,
                     *             "change": 9536
                     *           },
                     *           {
                     *             "key": "zhonghe",
                     *             "cases": 13,
                     *             "recordedCommitted": 328016,
                     *             "recordedPaid": 25232,
                     *             "baseline": 328016,
                     *             "variant": 390000,
                     *             "change": 61984
                     *           }
                     *         ],
                     *         "byRule": [
                     *           {
                     *             "key": "subsidy.dGradeNewBuild",
                     *             "cases": 21,
                     *             "recordedCommitted": 529872,
                     *             "recordedPaid": 50464,
                     *             "baseline": 529872,
                     *             "variant": 630000,
                     *             "change": 100128
                     *           }
                     *         ],
                     *         "inconsistencies": {
                     *           "baselineEqualsRecorded": true,
                     *           "cases": 0,
                     *           "items": []
                     *         }
                     *       },
                     *       "files": {
                     *         "json": "https://files.zlt.example.cn/zlt-local-files/simulations/e236f3c3-6bdf-4b55-b53a-d64789b21125/result.json?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Content-Sha256=UNSIGNED-PAYLOAD&X-Amz-Credential=S3RVER%2F20261130%2Fcn-north-1%2Fs3%2Faws4_request&X-Amz-Date=20191130T225345Z&X-Amz-Expires=300&X-Amz-Signature=7e6ffc11691f5ac137521ad08df07c7f4e45e9ff84c6f7ea77f156576be355ef&X-Amz-SignedHeaders=host&x-id=GetObject",
                     *         "csv": "https://files.zlt.example.cn/zlt-local-files/simulations/e236f3c3-6bdf-4b55-b53a-d64789b21125/result.csv?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Content-Sha256=UNSIGNED-PAYLOAD&X-Amz-Credential=S3RVER%2F20261130%2Fcn-north-1%2Fs3%2Faws4_request&X-Amz-Date=20191130T225345Z&X-Amz-Expires=300&X-Amz-Signature=79ac76e340878c55bf5c22c36ed2355b7b01613d708f405ef64cad4a75b9e5bc&X-Amz-SignedHeaders=host&x-id=GetObject",
                     *         "xlsx": "https://files.zlt.example.cn/zlt-local-files/simulations/e236f3c3-6bdf-4b55-b53a-d64789b21125/result.xlsx?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Content-Sha256=UNSIGNED-PAYLOAD&X-Amz-Credential=S3RVER%2F20261130%2Fcn-north-1%2Fs3%2Faws4_request&X-Amz-Date=20191130T225345Z&X-Amz-Expires=300&X-Amz-Signature=0ffc22999ee6e111eb1918c5db8e29396c34a844ad2da717e0280f672eea21d6&X-Amz-SignedHeaders=host&x-id=GetObject"
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
                /** @example 730dcd6d-6a58-4e18-8a99-4caa912dc576 */
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
                     *       "simulationId": "730dcd6d-6a58-4e18-8a99-4caa912dc576",
                     *       "programme": "health",
                     *       "year": 2019,
                     *       "status": "done",
                     *       "variant": {
                     *         "name": "县级封顶线3000",
                     *         "reason": "测算县级医院自付封顶线由2000元提高到3000元的影响",
                     *         "overrides": {
                     *           "targets.selfPayCap.county": 3000
                     *         },
                     *         "claims": 62,
                     *         "payers": {
                     *           "basicInsurance": 237204.86,
                     *           "criticalIllnessInsurance": 114195.44,
                     *           "medicalAssistance": 19247.93,
                     *           "commercialInsurance": 4124.61,
                     *           "safetyNetFund": 4184.5,
                     *           "hospital": 0,
                     *           "patient": 48982.24,
                     *           "financeDeliveryFee": 8,
                     *           "total": 427939.58
                     *         },
                     *         "byTownship": [
                     *           {
                     *             "key": "zhonghe",
                     *             "name": "中和镇",
                     *             "claims": 62,
                     *             "payers": {
                     *               "basicInsurance": 237204.86,
                     *               "criticalIllnessInsurance": 114195.44,
                     *               "medicalAssistance": 19247.93,
                     *               "commercialInsurance": 4124.61,
                     *               "safetyNetFund": 4184.5,
                     *               "hospital": 0,
                     *               "patient": 48982.24,
                     *               "financeDeliveryFee": 8,
                     *               "total": 427939.58
                     *             }
                     *           }
                     *         ],
                     *         "byHospitalLevel": [
                     *           {
                     *             "key": "township",
                     *             "claims": 3,
                     *             "payers": {
                     *               "basicInsurance": 13875,
                     *               "criticalIllnessInsurance": 0,
                     *               "medicalAssistance": 311.85,
                     *               "commercialInsurance": 66.83,
                     *               "safetyNetFund": 126.82,
                     *               "hospital": 0,
                     *               "patient": 1219.5,
                     *               "financeDeliveryFee": 8,
                     *               "total": 15600
                     *             }
                     *           },
                     *           {
                     *             "key": "county",
                     *             "claims": 59,
                     *             "payers": {
                     *               "basicInsurance": 223329.86,
                     *               "criticalIllnessInsurance": 114195.44,
                     *               "medicalAssistance": 18936.08,
                     *               "commercialInsurance": 4057.78,
                     *               "safetyNetFund": 4057.68,
                     *               "hospital": 0,
                     *               "patient": 47762.74,
                     *               "financeDeliveryFee": 0,
                     *               "total": 412339.58
                     *             }
                     *           }
                     *         ],
                     *         "byDiseaseGroup": [
                     *           {
                     *             "key": "chronic:diabetes",
                     *             "name": "糖尿病",
                     *             "claims": 2,
                     *             "payers": {
                     *               "basicInsurance": 420,
                     *               "criticalIllnessInsurance": 0,
                     *               "medicalAssistance": 0,
                     *               "commercialInsurance": 0,
                     *               "safetyNetFund": 60,
                     *               "hospital": 0,
                     *               "patient": 120,
                     *               "financeDeliveryFee": 8,
                     *               "total": 600
                     *             }
                     *           },
                     *           {
                     *             "key": "icd10:K",
                     *             "claims": 60,
                     *             "payers": {
                     *               "basicInsurance": 236784.86,
                     *               "criticalIllnessInsurance": 114195.44,
                     *               "medicalAssistance": 19247.93,
                     *               "commercialInsurance": 4124.61,
                     *               "safetyNetFund": 4124.5,
                     *               "hospital": 0,
                     *               "patient": 48862.24,
                     *               "financeDeliveryFee": 0,
                     *               "total": 427339.58
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
                     *             "percent": 80,
                     *             "targetPercent": 80,
                     *             "met": true,
                     *             "claims": 2,
                     *             "clause": "H 三.(二).4"
                     *           },
                     *           "belowPolicyRangeFloor": {
                     *             "claims": 12,
                     *             "of": 60,
                     *             "percent": 20,
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
                     *       "createdAt": "2019-11-30T22:53:43.035Z",
                     *       "finishedAt": "2019-11-30T22:53:43.512Z",
                     *       "claims": {
                     *         "surviving": 62,
                     *         "voided": 4
                     *       },
                     *       "persons": 11,
                     *       "recorded": {
                     *         "claims": 62,
                     *         "payers": {
                     *           "basicInsurance": 237204.86,
                     *           "criticalIllnessInsurance": 114195.44,
                     *           "medicalAssistance": 21017.68,
                     *           "commercialInsurance": 4503.85,
                     *           "safetyNetFund": 4563.73,
                     *           "hospital": 0,
                     *           "patient": 46454.02,
                     *           "financeDeliveryFee": 8,
                     *           "total": 427939.58
                     *         },
                     *         "byTownship": [
                     *           {
                     *             "key": "zhonghe",
                     *             "name": "中和镇",
                     *             "claims": 62,
                     *             "payers": {
                     *               "basicInsurance": 237204.86,
                     *               "criticalIllnessInsurance": 114195.44,
                     *               "medicalAssistance": 21017.68,
                     *               "commercialInsurance": 4503.85,
                     *               "safetyNetFund": 4563.73,
                     *               "hospital": 0,
                     *               "patient": 46454.02,
                     *               "financeDeliveryFee": 8,
                     *               "total": 427939.58
                     *             }
                     *           }
                     *         ],
                     *         "byHospitalLevel": [
                     *           {
                     *             "key": "township",
                     *             "claims": 3,
                     *             "payers": {
                     *               "basicInsurance": 13875,
                     *               "criticalIllnessInsurance": 0,
                     *               "medicalAssistance": 311.85,
                     *               "commercialInsurance": 66.83,
                     *               "safetyNetFund": 126.82,
                     *               "hospital": 0,
                     *               "patient": 1219.5,
                     *               "financeDeliveryFee": 8,
                     *               "total": 15600
                     *             }
                     *           },
                     *           {
                     *             "key": "county",
                     *             "claims": 59,
                     *             "payers": {
                     *               "basicInsurance": 223329.86,
                     *               "criticalIllnessInsurance": 114195.44,
                     *               "medicalAssistance": 20705.83,
                     *               "commercialInsurance": 4437.02,
                     *               "safetyNetFund": 4436.91,
                     *               "hospital": 0,
                     *               "patient": 45234.52,
                     *               "financeDeliveryFee": 0,
                     *               "total": 412339.58
                     *             }
                     *           }
                     *         ],
                     *         "byDiseaseGroup": [
                     *           {
                     *             "key": "chronic:diabetes",
                     *             "name": "糖尿病",
                     *             "claims": 2,
                     *             "payers": {
                     *               "basicInsurance": 420,
                     *               "criticalIllnessInsurance": 0,
                     *               "medicalAssistance": 0,
                     *               "commercialInsurance": 0,
                     *               "safetyNetFund": 60,
                     *               "hospital": 0,
                     *               "patient": 120,
                     *               "financeDeliveryFee": 8,
                     *               "total": 600
                     *             }
                     *           },
                     *           {
                     *             "key": "icd10:K",
                     *             "claims": 60,
                     *             "payers": {
                     *               "basicInsurance": 236784.86,
                     *               "criticalIllnessInsurance": 114195.44,
                     *               "medicalAssistance": 21017.68,
                     *               "commercialInsurance": 4503.85,
                     *               "safetyNetFund": 4503.73,
                     *               "hospital": 0,
                     *               "patient": 46334.02,
                     *               "financeDeliveryFee": 0,
                     *               "total": 427339.58
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
                     *             "percent": 80,
                     *             "targetPercent": 80,
                     *             "met": true,
                     *             "claims": 2,
                     *             "clause": "H 三.(二).4"
                     *           },
                     *           "belowPolicyRangeFloor": {
                     *             "claims": 12,
                     *             "of": 60,
                     *             "percent": 20,
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
                     *         "claims": 62,
                     *         "payers": {
                     *           "basicInsurance": 237204.86,
                     *           "criticalIllnessInsurance": 114195.44,
                     *           "medicalAssistance": 21017.68,
                     *           "commercialInsurance": 4503.85,
                     *           "safetyNetFund": 4563.73,
                     *           "hospital": 0,
                     *           "patient": 46454.02,
                     *           "financeDeliveryFee": 8,
                     *           "total": 427939.58
                     *         },
                     *         "byTownship": [
                     *           {
                     *             "key": "zhonghe",
                     *             "name": "中和镇",
                     *             "claims": 62,
                     *             "payers": {
                     *               "basicInsurance": 237204.86,
                     *               "criticalIllnessInsurance": 114195.44,
                     *               "medicalAssistance": 21017.68,
                     *               "commercialInsurance": 4503.85,
                     *               "safetyNetFund": 4563.73,
                     *               "hospital": 0,
                     *               "patient": 46454.02,
                     *               "financeDeliveryFee": 8,
                     *               "total": 427939.58
                     *             }
                     *           }
                     *         ],
                     *         "byHospitalLevel": [
                     *           {
                     *             "key": "township",
                     *             "claims": 3,
                     *             "payers": {
                     *               "basicInsurance": 13875,
                     *               "criticalIllnessInsurance": 0,
                     *               "medicalAssistance": 311.85,
                     *               "commercialInsurance": 66.83,
                     *               "safetyNetFund": 126.82,
                     *               "hospital": 0,
                     *               "patient": 1219.5,
                     *               "financeDeliveryFee": 8,
                     *               "total": 15600
                     *             }
                     *           },
                     *           {
                     *             "key": "county",
                     *             "claims": 59,
                     *             "payers": {
                     *               "basicInsurance": 223329.86,
                     *               "criticalIllnessInsurance": 114195.44,
                     *               "medicalAssistance": 20705.83,
                     *               "commercialInsurance": 4437.02,
                     *               "safetyNetFund": 4436.91,
                     *               "hospital": 0,
                     *               "patient": 45234.52,
                     *               "financeDeliveryFee": 0,
                     *               "total": 412339.58
                     *             }
                     *           }
                     *         ],
                     *         "byDiseaseGroup": [
                     *           {
                     *             "key": "chronic:diabetes",
                     *             "name": "糖尿病",
                     *             "claims": 2,
                     *             "payers": {
                     *               "basicInsurance": 420,
                     *               "criticalIllnessInsurance": 0,
                     *               "medicalAssistance": 0,
                     *               "commercialInsurance": 0,
                     *               "safetyNetFund": 60,
                     *               "hospital": 0,
                     *               "patient": 120,
                     *               "financeDeliveryFee": 8,
                     *               "total": 600
                     *             }
                     *           },
                     *           {
                     *             "key": "icd10:K",
                     *             "claims": 60,
                     *             "payers": {
                     *               "basicInsurance": 236784.86,
                     *               "criticalIllnessInsurance": 114195.44,
                     *               "medicalAssistance": 21017.68,
                     *               "commercialInsurance": 4503.85,
                     *               "safetyNetFund": 4503.73,
                     *               "hospital": 0,
                     *               "patient": 46334.02,
                     *               "financeDeliveryFee": 0,
                     *               "total": 427339.58
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
                     *             "percent": 80,
                     *             "targetPercent": 80,
                     *             "met": true,
                     *             "claims": 2,
                     *             "clause": "H 三.(二).4"
                     *           },
                     *           "belowPolicyRangeFloor": {
                     *             "claims": 12,
                     *             "of": 60,
                     *             "percent": 20,
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
                     *         "persons": 11,
                     *         "rises": {
                     *           "persons": 4,
                     *           "yuan": 2528.22,
                     *           "largestYuan": 900
                     *         },
                     *         "falls": {
                     *           "persons": 0,
                     *           "yuan": 0,
                     *           "largestYuan": 0
                     *         },
                     *         "unchanged": 7,
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
                     *             "persons": 2
                     *           },
                     *           {
                     *             "fromYuan": 500,
                     *             "toYuan": 1000,
                     *             "persons": 2
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
                     *         "json": "https://files.zlt.example.cn/zlt-local-files/simulations/730dcd6d-6a58-4e18-8a99-4caa912dc576/result.json?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Content-Sha256=UNSIGNED-PAYLOAD&X-Amz-Credential=S3RVER%2F20261130%2Fcn-north-1%2Fs3%2Faws4_request&X-Amz-Date=20191130T225344Z&X-Amz-Expires=300&X-Amz-Signature=e1808b1428791bcac3e224e6cb0cf9102916cdf32ce0cac70327cfb55164ea09&X-Amz-SignedHeaders=host&x-id=GetObject",
                     *         "csv": "https://files.zlt.example.cn/zlt-local-files/simulations/730dcd6d-6a58-4e18-8a99-4caa912dc576/result.csv?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Content-Sha256=UNSIGNED-PAYLOAD&X-Amz-Credential=S3RVER%2F20261130%2Fcn-north-1%2Fs3%2Faws4_request&X-Amz-Date=20191130T225344Z&X-Amz-Expires=300&X-Amz-Signature=0dabacb8fdbf13d76f559ca68885d79d3c5a83f4c13ff6833f0c0e9a783da580&X-Amz-SignedHeaders=host&x-id=GetObject",
                     *         "xlsx": "https://files.zlt.example.cn/zlt-local-files/simulations/730dcd6d-6a58-4e18-8a99-4caa912dc576/result.xlsx?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Content-Sha256=UNSIGNED-PAYLOAD&X-Amz-Credential=S3RVER%2F20261130%2Fcn-north-1%2Fs3%2Faws4_request&X-Amz-Date=20191130T225344Z&X-Amz-Expires=300&X-Amz-Signature=eda4715ea5eb8df8d8ac96d4dd9246c26e03399aa5de0bac1786082f2f4c601a&X-Amz-SignedHeaders=host&x-id=GetObject"
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
