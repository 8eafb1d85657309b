"""Qt item models over frozen DTOs: named columns, a sort role with real values, a row role."""
