// Package evidence holds the domain model of baitiao-evidence: transactions,
// login events and Baitiao bill lines as read from a victim's JD exports, the
// case file that says who the victim is and which rows they dispute, money in
// integer fen, and the provenance that ties every figure back to a file and a
// line.
//
// The packages below it form the pipeline: ingest (files → rows), dispute
// (selectors → disputed rows), analyze (indicators), reconcile (bills),
// casework (all of that for one case), report, letter and bundle (outputs).
// Nothing in this tree prints, exits or keeps global state; I/O happens only
// at the edges (casework reads files, bundle writes them).
package evidence
