package ca.contingent.audit;

public enum AuditAction {

    CREATE, UPDATE, DELETE, READ, SIGN_IN_FAILED, EXPORT, IMPORT, SIGN_IN, ACCESS_DENIED

}
