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
                /** @description Percent, two decimals; null when there is nothing to divide by */
                percent: number | null;
                targetPercent: number;
            };
            inCountyAdmissions: {
                admissions: number;
                clause: string;
                inCounty: number;
                /** @description Percent, two decimals; null when there is nothing to divide by */
                percent: number | null;
                targetPercent: number;
            };
            majorDiseaseEffectiveRatio: {
                claims: number;
                clause: string;
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
                /** @description Percent, two decimals; null when there is nothing to divide by */
                percent: number | null;
                registered: number;
                targetPercent: number;
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
                    application: number;
                    before: number;
                    householder: number;
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
                    application: number;
                    before: number;
                    householder: number;
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
                    application: number;
                    before: number;
                    householder: number;
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
            contentType: "image/jpeg" | "image/png" | "image/heic";
            /**
             * Format: date
             * @example 2019-03-10
             */
            decidedOn?: string;
            height?: number;
            /** @enum {string} */
            kind: "before" | "after" | "application" | "householder";
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
        PhotoRequest: {
            /** @enum {string} */
            contentType: "image/jpeg" | "image/png" | "image/heic";
            /** @enum {string} */
            kind: "before" | "after" | "application" | "householder";
            size: number;
        };
        PhotoStatus: {
            /** @enum {string} */
            kind: "before" | "after" | "application" | "householder";
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
            acceptedWithPhotos: number;
            cases: number;
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
            programme: "health" | "housing";
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
             * @description health: re-settle the year’s claims; housing: the subsidy budget over the year’s cases
             * @enum {string}
             */
            programme: "health" | "housing";
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
                    percent: number | null;
                    targetPercent: number;
                };
                majorDiseaseEffectiveRatio: {
                    claims: number;
                    clause: string;
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
                    percent: number | null;
                    targetPercent: number;
                };
                majorDiseaseEffectiveRatio: {
                    claims: number;
                    clause: string;
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
                asOf: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
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
                asOf: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
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
                /** @description The hospital (a hospital's own from its token; required for the bureau and audit) */
                hospitalId?: string;
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
                year: number;
            };
            header?: never;
            path: {
                /** @description Resident identity number (GB 11643) */
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
                /** @description Resident identity number (GB 11643) */
                personId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
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
                /** @description Resident identity number (GB 11643) */
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
                /** @description Resident identity number (GB 11643) */
                studentId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
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
                hospitalId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
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
                clientId: string;
                hospitalId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
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
                clientId: string;
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
                householdId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
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
                /** @description Default: 50. */
                limit?: number;
                nextToken?: string;
                programme?: "R1" | "R2";
                status?: "applied" | "village-reviewed" | "village-noticed" | "township-reviewed" | "township-noticed" | "identity-checked" | "appraised" | "approved" | "agreement-signed" | "moved-out" | "under-construction" | "preliminary-accepted" | "final-accepted" | "paid" | "returned" | "refused" | "not-dangerous" | "subsidy-cancelled";
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
    "housing-case-create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
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
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
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
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
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
                caseId: string;
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
                /** @description Identity number, household id, or part of a name */
                q: string;
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
                /** @description Resident identity number (GB 11643) */
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
                /** @description Resident identity number (GB 11643) */
                personId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
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
                on: string;
            };
            header?: never;
            path: {
                /** @description Resident identity number (GB 11643) */
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
                reason?: string;
            };
            header?: never;
            path: {
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
                township: "chengjisihan" | "zhonghe" | "moguqi" | "dahewan" | "woniuhe" | "haduohe" | "chaihe" | "haoraoshan" | "wadi" | "nanmu" | "dawoer" | "samajie" | "gaotaizi" | "tiedong" | "hexi" | "xiangyang";
            };
            cookie?: never;
        };
        requestBody: {
            content: {
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
                importId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
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
    "simulations-post": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
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
