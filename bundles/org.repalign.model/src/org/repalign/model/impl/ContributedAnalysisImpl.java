/**
 * RepAlign
 */
package org.repalign.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.repalign.model.AnalysisSetting;
import org.repalign.model.ContributedAnalysis;
import org.repalign.model.ExperimentPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Contributed Analysis</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.repalign.model.impl.ContributedAnalysisImpl#getAnalysisId <em>Analysis Id</em>}</li>
 *   <li>{@link org.repalign.model.impl.ContributedAnalysisImpl#getSettings <em>Settings</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ContributedAnalysisImpl extends AnalysisImpl implements ContributedAnalysis {
	/**
	 * The default value of the '{@link #getAnalysisId() <em>Analysis Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnalysisId()
	 * @generated
	 * @ordered
	 */
	protected static final String ANALYSIS_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAnalysisId() <em>Analysis Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnalysisId()
	 * @generated
	 * @ordered
	 */
	protected String analysisId = ANALYSIS_ID_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSettings() <em>Settings</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSettings()
	 * @generated
	 * @ordered
	 */
	protected EList<AnalysisSetting> settings;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ContributedAnalysisImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ExperimentPackage.Literals.CONTRIBUTED_ANALYSIS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAnalysisId() {
		return analysisId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAnalysisId(String newAnalysisId) {
		String oldAnalysisId = analysisId;
		analysisId = newAnalysisId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExperimentPackage.CONTRIBUTED_ANALYSIS__ANALYSIS_ID, oldAnalysisId, analysisId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<AnalysisSetting> getSettings() {
		if (settings == null) {
			settings = new EObjectContainmentEList<AnalysisSetting>(AnalysisSetting.class, this, ExperimentPackage.CONTRIBUTED_ANALYSIS__SETTINGS);
		}
		return settings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ExperimentPackage.CONTRIBUTED_ANALYSIS__SETTINGS:
				return ((InternalEList<?>)getSettings()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ExperimentPackage.CONTRIBUTED_ANALYSIS__ANALYSIS_ID:
				return getAnalysisId();
			case ExperimentPackage.CONTRIBUTED_ANALYSIS__SETTINGS:
				return getSettings();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case ExperimentPackage.CONTRIBUTED_ANALYSIS__ANALYSIS_ID:
				setAnalysisId((String)newValue);
				return;
			case ExperimentPackage.CONTRIBUTED_ANALYSIS__SETTINGS:
				getSettings().clear();
				getSettings().addAll((Collection<? extends AnalysisSetting>)newValue);
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
			case ExperimentPackage.CONTRIBUTED_ANALYSIS__ANALYSIS_ID:
				setAnalysisId(ANALYSIS_ID_EDEFAULT);
				return;
			case ExperimentPackage.CONTRIBUTED_ANALYSIS__SETTINGS:
				getSettings().clear();
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
			case ExperimentPackage.CONTRIBUTED_ANALYSIS__ANALYSIS_ID:
				return ANALYSIS_ID_EDEFAULT == null ? analysisId != null : !ANALYSIS_ID_EDEFAULT.equals(analysisId);
			case ExperimentPackage.CONTRIBUTED_ANALYSIS__SETTINGS:
				return settings != null && !settings.isEmpty();
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
		result.append(" (analysisId: ");
		result.append(analysisId);
		result.append(')');
		return result.toString();
	}

} //ContributedAnalysisImpl
