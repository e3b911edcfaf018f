/**
 * The user's own tables: a CSV file with a header read into compact float storage
 * ({@link dev.nnlab.network.table.CsvReader}, {@link dev.nnlab.network.table.Table}), split
 * stratified from a seed ({@link dev.nnlab.network.table.Split}), served as training examples
 * ({@link dev.nnlab.network.table.TableExamples}), standardised only when asked
 * ({@link dev.nnlab.network.table.Standardization}).
 */
package dev.nnlab.network.table;
