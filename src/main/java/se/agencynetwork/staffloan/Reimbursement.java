package se.agencynetwork.staffloan;

import java.math.BigDecimal;

import se.agencynetwork.process.Money;

/**
 * What the borrowing agency pays the lending agency each month: the salary cost for the extent of the
 * loan, the personnel overhead on it and the agreed extra costs, exact to the öre.
 *
 * @param salaryShare  monthly salary × extent / 100, rounded half up to the öre
 * @param overhead     salary share × overhead rate, rounded half up to the öre
 * @param extraCosts   the agreed extra costs per month
 * @param monthlyTotal the sum of the three
 */
record Reimbursement(Money salaryShare, BigDecimal overheadRate, Money overhead, Money extraCosts, Money monthlyTotal) {

    static Reimbursement of(Money monthlySalary, long extentPercent, BigDecimal overheadRate, Money extraCosts) {
        Money share = monthlySalary.times(BigDecimal.valueOf(extentPercent).movePointLeft(2));
        Money overhead = share.times(overheadRate);
        return new Reimbursement(share, overheadRate, overhead, extraCosts, share.plus(overhead).plus(extraCosts));
    }

    /** The rate as people read it: {@code 49,15 %}. */
    String overheadPercent() {
        return overheadRate.movePointRight(2).stripTrailingZeros().toPlainString().replace('.', ',') + " %";
    }
}
