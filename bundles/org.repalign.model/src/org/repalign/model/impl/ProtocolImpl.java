/**
 * RepAlign
 */
package org.repalign.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.repalign.model.ExperimentPackage;
import org.repalign.model.Protocol;
import org.repalign.model.TieRule;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Protocol</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.repalign.model.impl.ProtocolImpl#getSubsamples <em>Subsamples</em>}</li>
 *   <li>{@link org.repalign.model.impl.ProtocolImpl#getSubsampleSize <em>Subsample Size</em>}</li>
 *   <li>{@link org.repalign.model.impl.ProtocolImpl#getPermutations <em>Permutations</em>}</li>
 *   <li>{@link org.repalign.model.impl.ProtocolImpl#getTieRule <em>Tie Rule</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ProtocolImpl extends MinimalEObjectImpl.Container implements Protocol {
	/**
	 * The default value of the '{@link #getSubsamples() <em>Subsamples</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubsamples()
	 * @generated
	 * @ordered
	 */
	protected static final int SUBSAMPLES_EDEFAULT = 10;

	/**
	 * The cached value of the '{@link #getSubsamples() <em>Subsamples</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubsamples()
	 * @generated
	 * @ordered
	 */
	protected int subsamples = SUBSAMPLES_EDEFAULT;

	/**
	 * The default value of the '{@link #getSubsampleSize() <em>Subsample Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubsampleSize()
	 * @generated
	 * @ordered
	 */
	protected static final int SUBSAMPLE_SIZE_EDEFAULT = 1000;

	/**
	 * The cached value of the '{@link #getSubsampleSize() <em>Subsample Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubsampleSize()
	 * @generated
	 * @ordered
	 */
	protected int subsampleSize = SUBSAMPLE_SIZE_EDEFAULT;

	/**
	 * The default value of the '{@link #getPermutations() <em>Permutations</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPermutations()
	 * @generated
	 * @ordered
	 */
	protected static final int PERMUTATIONS_EDEFAULT = 10;

	/**
	 * The cached value of the '{@link #getPermutations() <em>Permutations</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPermutations()
	 * @generated
	 * @ordered
	 */
	protected int permutations = PERMUTATIONS_EDEFAULT;

	/**
	 * The default value of the '{@link #getTieRule() <em>Tie Rule</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTieRule()
	 * @generated
	 * @ordered
	 */
	protected static final TieRule TIE_RULE_EDEFAULT = TieRule.RANDOM;

	/**
	 * The cached value of the '{@link #getTieRule() <em>Tie Rule</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTieRule()
	 * @generated
	 * @ordered
	 */
	protected TieRule tieRule = TIE_RULE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ProtocolImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ExperimentPackage.Literals.PROTOCOL;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getSubsamples() {
		return subsamples;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSubsamples(int newSubsamples) {
		int oldSubsamples = subsamples;
		subsamples = newSubsamples;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExperimentPackage.PROTOCOL__SUBSAMPLES, oldSubsamples, subsamples));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getSubsampleSize() {
		return subsampleSize;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSubsampleSize(int newSubsampleSize) {
		int oldSubsampleSize = subsampleSize;
		subsampleSize = newSubsampleSize;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExperimentPackage.PROTOCOL__SUBSAMPLE_SIZE, oldSubsampleSize, subsampleSize));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getPermutations() {
		return permutations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPermutations(int newPermutations) {
		int oldPermutations = permutations;
		permutations = newPermutations;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExperimentPackage.PROTOCOL__PERMUTATIONS, oldPermutations, permutations));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TieRule getTieRule() {
		return tieRule;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTieRule(TieRule newTieRule) {
		TieRule oldTieRule = tieRule;
		tieRule = newTieRule == null ? TIE_RULE_EDEFAULT : newTieRule;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExperimentPackage.PROTOCOL__TIE_RULE, oldTieRule, tieRule));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ExperimentPackage.PROTOCOL__SUBSAMPLES:
				return getSubsamples();
			case ExperimentPackage.PROTOCOL__SUBSAMPLE_SIZE:
				return getSubsampleSize();
			case ExperimentPackage.PROTOCOL__PERMUTATIONS:
				return getPermutations();
			case ExperimentPackage.PROTOCOL__TIE_RULE:
				return getTieRule();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case ExperimentPackage.PROTOCOL__SUBSAMPLES:
				setSubsamples((Integer)newValue);
				return;
			case ExperimentPackage.PROTOCOL__SUBSAMPLE_SIZE:
				setSubsampleSize((Integer)newValue);
				return;
			case ExperimentPackage.PROTOCOL__PERMUTATIONS:
				setPermutations((Integer)newValue);
				return;
			case ExperimentPackage.PROTOCOL__TIE_RULE:
				setTieRule((TieRule)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case ExperimentPackage.PROTOCOL__SUBSAMPLES:
				setSubsamples(SUBSAMPLES_EDEFAULT);
				return;
			case ExperimentPackage.PROTOCOL__SUBSAMPLE_SIZE:
				setSubsampleSize(SUBSAMPLE_SIZE_EDEFAULT);
				return;
			case ExperimentPackage.PROTOCOL__PERMUTATIONS:
				setPermutations(PERMUTATIONS_EDEFAULT);
				return;
			case ExperimentPackage.PROTOCOL__TIE_RULE:
				setTieRule(TIE_RULE_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case ExperimentPackage.PROTOCOL__SUBSAMPLES:
				return subsamples != SUBSAMPLES_EDEFAULT;
			case ExperimentPackage.PROTOCOL__SUBSAMPLE_SIZE:
				return subsampleSize != SUBSAMPLE_SIZE_EDEFAULT;
			case ExperimentPackage.PROTOCOL__PERMUTATIONS:
				return permutations != PERMUTATIONS_EDEFAULT;
			case ExperimentPackage.PROTOCOL__TIE_RULE:
				return tieRule != TIE_RULE_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (subsamples: ");
		result.append(subsamples);
		result.append(", subsampleSize: ");
		result.append(subsampleSize);
		result.append(", permutations: ");
		result.append(permutations);
		result.append(", tieRule: ");
		result.append(tieRule);
		result.append(')');
		return result.toString();
	}

} //ProtocolImpl
