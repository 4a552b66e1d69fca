package io.callqa.lake;

import java.io.Serializable;
import org.apache.avro.generic.GenericRecord;

/** A row of one lake table: knows its date partition and its Parquet (Avro) form. */
public interface LakeRow extends Serializable {
    /** Value of the dt=YYYY-MM-DD partition this row belongs to. */
    String partitionDate();

    GenericRecord toRecord();
}
