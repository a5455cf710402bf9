/* Generated from docs/openapi.json by `npm run web:client`. Do not edit. */

export interface paths {
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
            /** @default 0 */
            deliveries: 0 | 1;
            /** @default {} */
            diagnosis: {
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
            /**
             * @default {
             *       "registered": false,
             *       "emergency": false
             *     }
             */
            referral: {
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
            finance: number;
            medicalAssistance: number;
            personal: number;
            standard: number;
        };
        EducationLedgerEntry: {
            academicYear: number;
            /** @description yuan */
            amount: number;
            clause: string;
            evidence?: string;
            hardshipFinding?: string;
            /** @description Paid before the system; entered so caps count it */
            openingBalance?: boolean;
            paidBy: string;
            paidOn: string;
            paymentId: string;
            rule: string;
            slot: string;
            /** @description The register's stage when paid */
            stage?: string;
            studentId: string;
            type: string;
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
            chronicDiseases: {
                certifiedBy: string;
                disease: string;
                /**
                 * Format: date
                 * @example 2019-03-10
                 */
                from: string;
            }[];
            hospitalId: string | null;
            householdId: string;
            name: string;
            /** @description Why pay-after-treatment is refused (empty when it is granted) */
            notPayAfterTreatmentBecause: ("not-registered" | "arrears-flag" | "outside-county")[];
            payAfterTreatment: boolean;
            personId: string;
            registeredPoor: boolean;
            /** @description Year-to-date figures of SPEC §3.3 from the person's year record */
            year: {
                [key: string]: unknown;
            };
        };
        Error: {
            error: {
                code: string;
                details: {
                    message?: string;
                    path?: string;
                }[];
                message: string;
            };
        };
        HealthReport: {
            [key: string]: unknown;
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
                    [key: string]: unknown;
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
        /** @description The case (money in yuan); with `history` and `photoList` when read one by one */
        HousingCase: {
            [key: string]: unknown;
        };
        HousingCaseRequest: {
            /**
             * Format: date
             * @example 2019-03-10
             */
            appliedOn: string;
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
        };
        IncomeRecord: {
            /**
             * @description Amount in yuan, at most two decimals
             * @example 1234.56
             */
            earnings: unknown;
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
        /** @description asOf, programmes (plan and city totals), townships (reference order), files (short-lived links) */
        ProgressReport: {
            [key: string]: unknown;
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
        RangerPost: {
            [key: string]: unknown;
        };
        RangerRelease: {
            /**
             * Format: date
             * @example 2019-03-10
             */
            on: string;
        };
        ReconciliationSummary: {
            /** @description Persons with a refund */
            persons: number;
            /** @description Yuan, paid by commercial supplementary insurance */
            refundTotal: number;
            reportKey: string;
            rows?: {
                beyondDeductibles: number;
                cap: number;
                due: number;
                highestLevel: string;
                /** @description Masked identity number */
                personId: string;
                refund: number;
            }[];
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
        /** @description 1 to 1,000 Person rows; each row is validated on its own */
        RosterLoad: {
            persons: unknown[];
        };
        RosterLoadResult: {
            accepted: number;
            rejected: {
                error: {
                    code: string;
                    details: {
                        message: string;
                        path: string;
                    }[];
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
            kind?: string;
            personId: string;
            policyId: string;
            /** @description The rule that set the patient's share */
            rule?: string;
            /** @description Discharge or service date */
            serviceDate?: string;
            settledAt: string;
            /** @enum {string} */
            status: "settled" | "voided";
            steps: {
                amount: number;
                clause: string;
                note: string;
                payer: string;
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
                 * @description Parameter name → new value: yuan for fen parameters, percent for bp parameters, a whole number for counts; null only for "no maximum". Empty: the baseline only.
                 * @default {}
                 * @example {
                 *       "targets.selfPayCap.county": 3000,
                 *       "topUp.shareOfRemainder.commercialInsurance": 40
                 *     }
                 */
                overrides: {
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
        Verification: {
            /**
             * Format: date
             * @example 2019-03-10
             */
            on: string;
            /** @example 2019-autumn */
            semester: string;
        };
        VillageList: {
            villages: {
                code: string;
                name: string;
            }[];
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
    "claims-month": {
        parameters: {
            query: {
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
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Valid caller outside its scope; nothing changed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Internal error; no internals are shown */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
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
            /** @description Settled (200 with the same body when the claim was posted before) */
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
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Valid caller outside its scope; nothing changed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflict with stored state or a rule; `code` names it */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Internal error; no internals are shown */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
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
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Valid caller outside its scope; nothing changed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Internal error; no internals are shown */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
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
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Valid caller outside its scope; nothing changed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Internal error; no internals are shown */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
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
                personId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Yuan */
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
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Valid caller outside its scope; nothing changed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Internal error; no internals are shown */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
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
                        programmes: {
                            [key: string]: unknown;
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
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Valid caller outside its scope; nothing changed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Internal error; no internals are shown */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
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
                    "application/json": components["schemas"]["IncomeRecord"];
                };
            };
            /** @description Bad input: `details` lists each bad field with its path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Valid caller outside its scope; nothing changed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Internal error; no internals are shown */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
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
                    "application/json": {
                        byTownship: {
                            [key: string]: number;
                        };
                        entries: number;
                        month: string;
                        paidThisRun: number;
                        total: number;
                        withheld: {
                            days: number;
                            personId: string;
                            postNo: number;
                            reason: string;
                            township: string;
                            village: string;
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
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Valid caller outside its scope; nothing changed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Internal error; no internals are shown */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
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
                    "application/json": {
                        totals: {
                            [key: string]: number;
                        };
                        townships: {
                            filled: number;
                            free: number;
                            name: string;
                            people: number;
                            quota: number;
                            township: string;
                            villages: number;
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
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Valid caller outside its scope; nothing changed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Internal error; no internals are shown */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "ecology-rangers-list": {
        parameters: {
            query?: {
                township?: "chengjisihan" | "zhonghe" | "moguqi" | "dahewan" | "woniuhe" | "haduohe" | "chaihe" | "haoraoshan" | "wadi" | "nanmu" | "dawoer" | "samajie" | "gaotaizi" | "tiedong" | "hexi" | "xiangyang";
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
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Valid caller outside its scope; nothing changed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Internal error; no internals are shown */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
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
            /** @description Hired (200 when the same hire was recorded before) */
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
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Valid caller outside its scope; nothing changed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflict with stored state or a rule; `code` names it */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Internal error; no internals are shown */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "ecology-ranger-release": {
        parameters: {
            query?: never;
            header?: never;
            path: {
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
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Valid caller outside its scope; nothing changed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Internal error; no internals are shown */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
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
            /** @description Entered (200 with the first result when the paymentId was seen) */
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
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Valid caller outside its scope; nothing changed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflict with stored state or a rule; `code` names it */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Internal error; no internals are shown */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
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
            /** @description Paid (200 with the first result when the paymentId was seen) */
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
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Valid caller outside its scope; nothing changed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflict with stored state or a rule; `code` names it */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Internal error; no internals are shown */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
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
            /** @description Registered (200 when the student was already registered) */
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
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Valid caller outside its scope; nothing changed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Internal error; no internals are shown */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "education-student-get": {
        parameters: {
            query?: never;
            header?: never;
            path: {
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
                    "application/json": {
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
                        totals: {
                            [key: string]: number;
                        };
                        verified: string[];
                    };
                };
            };
            /** @description Bad input: `details` lists each bad field with its path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Valid caller outside its scope; nothing changed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Internal error; no internals are shown */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "education-verify": {
        parameters: {
            query?: never;
            header?: never;
            path: {
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
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Valid caller outside its scope; nothing changed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Internal error; no internals are shown */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
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
                    "application/json": {
                        semester: string;
                        unverified: string[];
                        verified: string[];
                    };
                };
            };
            /** @description Bad input: `details` lists each bad field with its path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Valid caller outside its scope; nothing changed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Internal error; no internals are shown */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
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
                    "application/json": {
                        /** @constant */
                        status: "ok";
                    };
                };
            };
            /** @description Bad input: `details` lists each bad field with its path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Internal error; no internals are shown */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
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
                    "application/json": {
                        hospitals: components["schemas"]["Hospital"][];
                    };
                };
            };
            /** @description Bad input: `details` lists each bad field with its path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Valid caller outside its scope; nothing changed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Internal error; no internals are shown */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
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
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Valid caller outside its scope; nothing changed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Internal error; no internals are shown */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
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
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Valid caller outside its scope; nothing changed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Internal error; no internals are shown */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
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
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Valid caller outside its scope; nothing changed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflict with stored state or a rule; `code` names it */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Internal error; no internals are shown */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
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
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Valid caller outside its scope; nothing changed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Internal error; no internals are shown */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
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
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Valid caller outside its scope; nothing changed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Internal error; no internals are shown */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
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
                    "application/json": components["schemas"]["ArrearsFlag"];
                };
            };
            /** @description Bad input: `details` lists each bad field with its path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Valid caller outside its scope; nothing changed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Internal error; no internals are shown */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "housing-case-list": {
        parameters: {
            query?: {
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
                    "application/json": {
                        cases: components["schemas"]["HousingCase"][];
                        nextToken?: string;
                    };
                };
            };
            /** @description Bad input: `details` lists each bad field with its path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Valid caller outside its scope; nothing changed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Internal error; no internals are shown */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
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
            /** @description Opened (200 when the same application is posted again) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HousingCase"];
                };
            };
            /** @description Bad input: `details` lists each bad field with its path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Valid caller outside its scope; nothing changed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflict with stored state or a rule; `code` names it */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Internal error; no internals are shown */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
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
                    "application/json": components["schemas"]["HousingCase"];
                };
            };
            /** @description Bad input: `details` lists each bad field with its path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Valid caller outside its scope; nothing changed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Internal error; no internals are shown */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
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
            /** @description The case after the step */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HousingCase"];
                };
            };
            /** @description Bad input: `details` lists each bad field with its path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Valid caller outside its scope; nothing changed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflict with stored state or a rule; `code` names it */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Internal error; no internals are shown */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
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
                    "application/json": {
                        expiresAt: string;
                        photoId: string;
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
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Valid caller outside its scope; nothing changed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Internal error; no internals are shown */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
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
                    "application/json": {
                        kind: string;
                        reason?: string;
                        /** @description Why the content check rejected it, as a code */
                        reasonCode?: string;
                        /** @enum {string} */
                        status: "pending" | "accepted" | "rejected";
                        url?: string;
                    };
                };
            };
            /** @description Bad input: `details` lists each bad field with its path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Valid caller outside its scope; nothing changed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Internal error; no internals are shown */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
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
                content?: never;
            };
            /** @description Bad input: `details` lists each bad field with its path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Internal error; no internals are shown */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "persons-search": {
        parameters: {
            query: {
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
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Valid caller outside its scope; nothing changed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Internal error; no internals are shown */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "person-get": {
        parameters: {
            query?: never;
            header?: never;
            path: {
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
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Valid caller outside its scope; nothing changed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Internal error; no internals are shown */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "chronic-certify": {
        parameters: {
            query?: never;
            header?: never;
            path: {
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
                    "application/json": components["schemas"]["ChronicCertification"];
                };
            };
            /** @description Bad input: `details` lists each bad field with its path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Valid caller outside its scope; nothing changed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Internal error; no internals are shown */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
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
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Valid caller outside its scope; nothing changed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Internal error; no internals are shown */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
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
                    "application/json": components["schemas"]["ReconciliationSummary"];
                };
            };
            /** @description Bad input: `details` lists each bad field with its path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Valid caller outside its scope; nothing changed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Internal error; no internals are shown */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "reconciliation-run": {
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
            /** @description The reconciliation (the same on every run) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReconciliationSummary"];
                };
            };
            /** @description Bad input: `details` lists each bad field with its path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Valid caller outside its scope; nothing changed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Internal error; no internals are shown */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
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
                    "application/json": {
                        diseases: {
                            code: string;
                            /** @enum {string} */
                            list: "major" | "chronic";
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
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Valid caller outside its scope; nothing changed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Internal error; no internals are shown */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
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
                    "application/json": {
                        townships: {
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
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Valid caller outside its scope; nothing changed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Internal error; no internals are shown */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
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
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Valid caller outside its scope; nothing changed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Internal error; no internals are shown */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
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
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Valid caller outside its scope; nothing changed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Internal error; no internals are shown */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
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
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Valid caller outside its scope; nothing changed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Internal error; no internals are shown */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
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
                    "application/json": components["schemas"]["HealthReport"];
                };
            };
            /** @description Bad input: `details` lists each bad field with its path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Valid caller outside its scope; nothing changed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Internal error; no internals are shown */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
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
                    "application/json": {
                        reports: {
                            asOf: string;
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
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Valid caller outside its scope; nothing changed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Internal error; no internals are shown */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
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
                "application/json": {
                    /**
                     * Format: date
                     * @example 2019-03-10
                     */
                    asOf: string;
                };
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
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Valid caller outside its scope; nothing changed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Internal error; no internals are shown */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
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
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Valid caller outside its scope; nothing changed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Internal error; no internals are shown */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
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
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Valid caller outside its scope; nothing changed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Internal error; no internals are shown */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
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
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Valid caller outside its scope; nothing changed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Internal error; no internals are shown */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
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
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Valid caller outside its scope; nothing changed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Internal error; no internals are shown */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
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
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Valid caller outside its scope; nothing changed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflict with stored state or a rule; `code` names it */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Internal error; no internals are shown */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
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
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Valid caller outside its scope; nothing changed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflict with stored state or a rule; `code` names it */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Internal error; no internals are shown */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
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
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Valid caller outside its scope; nothing changed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Internal error; no internals are shown */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
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
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Valid caller outside its scope; nothing changed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Internal error; no internals are shown */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
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
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Valid caller outside its scope; nothing changed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Internal error; no internals are shown */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
}
