package org.sachet.platform;

import jakarta.persistence.PersistenceException;
import org.junit.jupiter.api.Test;

import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IntegrityViolationsTest {

    @Test
    void aUniqueKeyRefusedIsToldWhateverWrapsIt() {
        // Derby: SQLIntegrityConstraintViolationException 23505; PostgreSQL's driver: a plain PSQLException 23505
        assertTrue(IntegrityViolations.causedOne(new PersistenceException(
                new SQLIntegrityConstraintViolationException("duplicate key", "23505"))));
        assertTrue(IntegrityViolations.causedOne(new PersistenceException(new RuntimeException(
                new SQLException("duplicate key value violates unique constraint", "23505")))));
        // a batch names the row's failure in its chain of next exceptions
        BatchUpdateException batch = new BatchUpdateException("batch", "XJ208", new int[0]);
        batch.setNextException(new SQLException("foreign key", "23503"));
        assertTrue(IntegrityViolations.causedOne(new PersistenceException(batch)));
    }

    @Test
    void otherFailuresAreNot() {
        assertFalse(IntegrityViolations.causedOne(new PersistenceException(new SQLException("deadlock", "40001"))));
        assertFalse(IntegrityViolations.causedOne(new PersistenceException(new SQLException("no state"))));
        assertFalse(IntegrityViolations.causedOne(new IllegalStateException("not the database")));
    }
}
